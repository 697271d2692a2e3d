package dev.mcpgen.runtime.internal.auth;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.AuthenticationException;
import dev.mcpgen.runtime.spi.Authenticator;
import dev.mcpgen.runtime.spi.TokenValidator;
import java.util.function.Function;

/**
 * Authenticates with OAuth access tokens ({@code Authorization: Bearer <token>}) checked by a
 * {@link TokenValidator} for the resource the client addressed. A refusal carries the challenge
 * that points the client to the server's protected resource metadata, so it can find the
 * authorization server and come back with a token. Tokens in the path or query are never
 * accepted.
 */
public final class BearerTokenAuthenticator implements Authenticator {
  private final TokenValidator validator;
  private final Function<String, ResourceMetadata> metadata;

  /**
   * @param metadata the resource metadata of each server, by server name
   */
  public BearerTokenAuthenticator(TokenValidator validator,
      Function<String, ResourceMetadata> metadata) {
    this.validator = validator;
    this.metadata = metadata;
  }

  /** The protected resource metadata of {@code server}. */
  public ResourceMetadata metadata(String server) {
    return metadata.apply(server);
  }

  @Override
  public UserContext authenticate(Request request) throws AuthenticationException {
    ResourceMetadata resource = metadata.apply(request.server());
    String authorization = request.headers().apply("Authorization");
    if (authorization == null || authorization.length() <= 7
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new AuthenticationException("an access token is required",
          resource.unauthorized());
    }
    try {
      UserContext user = validator.validate(authorization.substring(7).strip(),
          resource.resource());
      if (user == null) {
        throw new IllegalStateException(validator.getClass().getName()
            + ".validate returned null; throw AuthenticationException to refuse");
      }
      return user;
    } catch (AuthenticationException e) {
      throw new AuthenticationException(e.getMessage(),
          e.challenge() != null ? e.challenge() : resource.unauthorized());
    }
  }
}
