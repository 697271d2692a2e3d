package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.auth.BearerTokenAuthenticator;
import dev.mcpgen.runtime.internal.auth.ResourceMetadata;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import java.io.IOException;
import java.util.Map;

/**
 * Serves OAuth 2.0 Protected Resource Metadata (RFC 9728) when the host authorizes with OAuth
 * tokens: {@code /.well-known/oauth-protected-resource/{server}/mcp} for each server, and
 * {@code /.well-known/oauth-protected-resource} itself when the host serves only one. Clients
 * find the authorization server there, from the URL a 401 names.
 */
final class ResourceMetadataEndpoint {
  private final Map<String, HostedServer> servers;
  private final BearerTokenAuthenticator authenticator;

  /** @param authenticator the host's, if it checks OAuth tokens, else {@code null} */
  ResourceMetadataEndpoint(Map<String, HostedServer> servers,
      BearerTokenAuthenticator authenticator) {
    this.servers = servers;
    this.authenticator = authenticator;
  }

  /** Whether {@code path} is for this endpoint. */
  static boolean matches(String path) {
    return path.startsWith(ResourceMetadata.WELL_KNOWN);
  }

  void handle(Exchange exchange) throws HttpError, IOException {
    if (!exchange.method().equals("GET")) {
      throw HttpError.methodNotAllowed(exchange.method(), "GET");
    }
    String rest = exchange.path().substring(ResourceMetadata.WELL_KNOWN.length());
    String name = rest.startsWith("/") && rest.endsWith("/mcp")
        ? Requests.decode(rest.substring(1, rest.length() - 4)) : null;
    HostedServer server = rest.isEmpty() && servers.size() == 1
        ? servers.values().iterator().next()
        : name != null ? servers.get(name) : null;
    if (authenticator == null || server == null) {
      throw HttpError.of(404, "Not Found: no protected resource metadata here");
    }
    byte[] body = JsonRpcCodec.encode(authenticator.metadata(server.name()).json());
    exchange.respond(200, Map.of("Content-Type", "application/json"), body);
  }
}
