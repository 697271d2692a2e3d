package dev.mcpgen.runtime.internal.launch;

import dev.mcpgen.runtime.McpHttpHost;
import dev.mcpgen.runtime.internal.auth.ApiKeyAuthenticator;
import dev.mcpgen.runtime.internal.auth.IntrospectionTokenValidator;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * How the {@code http} command authenticates clients, from system properties (or environment
 * variables, better for secrets):
 *
 * <pre>
 * mcpgen.http.apiKeys    MCPGEN_API_KEYS          a file of API key hashes (see api-key)
 * mcpgen.oauth.introspectionUrl  MCPGEN_OAUTH_INTROSPECTION_URL  check OAuth tokens there
 * mcpgen.oauth.clientId          MCPGEN_OAUTH_CLIENT_ID          ... as this client
 * mcpgen.oauth.clientSecret      MCPGEN_OAUTH_CLIENT_SECRET      ... with this secret
 * mcpgen.oauth.issuer            MCPGEN_OAUTH_ISSUER             the authorization server
 * mcpgen.oauth.publicUrl         MCPGEN_OAUTH_PUBLIC_URL         where clients reach this host
 * </pre>
 *
 * With none set, sessions run for the user the path names, unchecked: fine on a loopback
 * address for one developer, never beyond.
 */
final class HttpAuthConfig {
  private static final Map<String, String> ENVIRONMENT = Map.of(
      "mcpgen.http.apiKeys", "MCPGEN_API_KEYS",
      "mcpgen.oauth.introspectionUrl", "MCPGEN_OAUTH_INTROSPECTION_URL",
      "mcpgen.oauth.clientId", "MCPGEN_OAUTH_CLIENT_ID",
      "mcpgen.oauth.clientSecret", "MCPGEN_OAUTH_CLIENT_SECRET",
      "mcpgen.oauth.issuer", "MCPGEN_OAUTH_ISSUER",
      "mcpgen.oauth.publicUrl", "MCPGEN_OAUTH_PUBLIC_URL");

  private HttpAuthConfig() {}

  /** Sets {@code builder}'s authentication; returns how, for the start-up report. */
  static String configure(McpHttpHost.Builder builder) throws LaunchException {
    String introspection = setting("mcpgen.oauth.introspectionUrl");
    if (introspection != null) {
      builder.oauth(new IntrospectionTokenValidator(URI.create(introspection),
              required("mcpgen.oauth.clientId"), required("mcpgen.oauth.clientSecret"),
              HttpClient.newHttpClient(), Clock.systemUTC()),
          required("mcpgen.oauth.publicUrl"), List.of(required("mcpgen.oauth.issuer")));
      return "OAuth access tokens, checked at " + introspection;
    }
    String keys = setting("mcpgen.http.apiKeys");
    if (keys != null) {
      try {
        builder.authenticator(ApiKeyAuthenticator.fromFile(Path.of(keys)));
      } catch (IllegalStateException e) {
        throw LaunchException.failure(e.getMessage());
      }
      return "API keys listed in " + keys;
    }
    return "none: the user is whoever the path names (set mcpgen.http.apiKeys or "
        + "mcpgen.oauth.* before serving beyond this machine)";
  }

  /** The property, else its environment variable (see the table above), else null. */
  static String setting(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(ENVIRONMENT.get(property));
    }
    return value == null || value.isBlank() ? null : value;
  }

  private static String required(String property) throws LaunchException {
    String value = setting(property);
    if (value == null) {
      throw LaunchException.failure(property + " must be set when mcpgen.oauth.introspectionUrl"
          + " is");
    }
    return value;
  }
}
