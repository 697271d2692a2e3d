package dev.mcpgen.runtime.spi;

import java.util.List;
import java.util.Objects;

/**
 * How this application signs its users in to a service with OAuth 2.0: the authorization
 * server's endpoints and the client registered there. The local credentials client reads it from
 * {@code oauth.json} in the service's folder:
 *
 * <pre>{@code
 * {"authorizationEndpoint": "https://github.com/login/oauth/authorize",
 *  "tokenEndpoint": "https://github.com/login/oauth/access_token",
 *  "clientId": "Iv1.abc", "clientSecret": "...", "scopes": ["repo"]}
 * }</pre>
 *
 * @param authorizationEndpoint where the user's browser is sent to consent
 * @param tokenEndpoint where codes and refresh tokens are exchanged for access tokens
 * @param clientId the registered client's id
 * @param clientSecret its secret, or {@code null} for a public client (PKCE only)
 * @param scopes the scopes to ask for, possibly none
 */
public record OAuthClientConfig(String authorizationEndpoint, String tokenEndpoint,
    String clientId, String clientSecret, List<String> scopes) {
  public OAuthClientConfig {
    Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
    Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
    Objects.requireNonNull(clientId, "clientId");
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }

  /** Never prints the secret: configurations end up in logs. */
  @Override
  public String toString() {
    return "OAuthClientConfig[authorizationEndpoint=" + authorizationEndpoint + ", tokenEndpoint="
        + tokenEndpoint + ", clientId=" + clientId + ", scopes=" + scopes + "]";
  }
}
