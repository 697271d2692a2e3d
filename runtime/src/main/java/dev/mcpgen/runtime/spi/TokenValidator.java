package dev.mcpgen.runtime.spi;

import dev.mcpgen.runtime.UserContext;

/**
 * Checks an OAuth 2.1 access token that a client presents to an MCP server acting as a resource
 * server (MCP 2025-11-25, Authorization). An implementation must confirm that the token was
 * issued for {@code resource} (its audience, RFC 8707) and is still valid, and must never pass
 * the token on to other services: a server calling upstream APIs uses credentials of its own.
 *
 * <pre>{@code
 * TokenValidator jwt = (token, resource) -> {
 *   Claims claims = verifier.verify(token);           // signature, expiry
 *   if (!claims.audience().contains(resource)) {
 *     throw new AuthenticationException("the token is not for " + resource);
 *   }
 *   return new UserContext(claims.subject(), null, claims.scopes());
 * };
 * }</pre>
 */
@FunctionalInterface
public interface TokenValidator {
  /**
   * The user {@code token} stands for, with the scopes it grants.
   *
   * @param resource the canonical URI of the MCP server the token was sent to, e.g.
   *     {@code https://mcp.example.com/notes/mcp}
   * @throws AuthenticationException when the token is not valid for {@code resource} (HTTP 401)
   */
  UserContext validate(String token, String resource) throws AuthenticationException;
}
