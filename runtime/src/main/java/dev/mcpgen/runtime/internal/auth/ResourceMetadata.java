package dev.mcpgen.runtime.internal.auth;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728) of one MCP server, and the
 * {@code WWW-Authenticate} challenges that point clients to it (MCP 2025-11-25,
 * Authorization).
 *
 * @param resource the server's canonical URI, e.g. {@code https://mcp.example.com/notes/mcp}
 * @param metadataUrl where the metadata is served: the well-known path inserted before the
 *     resource's path, e.g.
 *     {@code https://mcp.example.com/.well-known/oauth-protected-resource/notes/mcp}
 * @param authorizationServers the issuers clients get tokens from
 * @param scopes every scope the server's tools require, sorted
 */
public record ResourceMetadata(String resource, String metadataUrl,
    List<String> authorizationServers, List<String> scopes) {
  /** The well-known path prefix of RFC 9728 section 3. */
  public static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

  /**
   * The metadata of the server at {@code baseUrl + path}.
   *
   * @param baseUrl the host's public origin, e.g. {@code https://mcp.example.com}
   * @param path the server's endpoint path, e.g. {@code /notes/mcp}
   */
  public static ResourceMetadata of(String baseUrl, String path,
      List<String> authorizationServers, Collection<String> scopes) {
    return new ResourceMetadata(baseUrl + path, baseUrl + WELL_KNOWN + path,
        List.copyOf(authorizationServers), List.copyOf(new TreeSet<>(scopes)));
  }

  /** The metadata document. */
  public ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("resource", resource);
    authorizationServers.forEach(json.putArray("authorization_servers")::add);
    scopes.forEach(json.putArray("scopes_supported")::add);
    json.putArray("bearer_methods_supported").add("header");
    return json;
  }

  /** The challenge of a 401: no token, or one that is not valid. */
  public String unauthorized() {
    return "Bearer resource_metadata=\"" + metadataUrl + "\""
        + (scopes.isEmpty() ? "" : ", scope=\"" + String.join(" ", scopes) + "\"");
  }

  /** The challenge of a 403: a valid token lacking {@code needed} (RFC 6750 section 3.1). */
  public String insufficientScope(Collection<String> needed) {
    return "Bearer error=\"insufficient_scope\", scope=\""
        + String.join(" ", new TreeSet<>(needed)) + "\", resource_metadata=\"" + metadataUrl
        + "\"";
  }
}
