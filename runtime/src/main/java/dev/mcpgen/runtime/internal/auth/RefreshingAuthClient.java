package dev.mcpgen.runtime.internal.auth;

import dev.mcpgen.runtime.OAuthToken;
import dev.mcpgen.runtime.spi.AuthClient;
import dev.mcpgen.runtime.spi.OAuthClientConfig;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;

/**
 * Hands out OAuth tokens that are good for at least another minute: one about to expire is
 * renewed at the service's token endpoint and saved before it is returned.
 */
final class RefreshingAuthClient implements AuthClient<OAuthToken> {
  private final AuthClient<OAuthToken> delegate;
  private final HttpClient http;
  private final Clock clock;

  RefreshingAuthClient(AuthClient<OAuthToken> delegate, HttpClient http, Clock clock) {
    this.delegate = delegate;
    this.http = http;
    this.clock = clock;
  }

  @Override
  public synchronized Optional<OAuthToken> credentials(String userId) {
    Optional<OAuthToken> token = delegate.credentials(userId);
    if (token.isEmpty() || token.get().refreshToken() == null
        || !token.get().expiresBefore(clock.instant(), AuthClients.REFRESH_MARGIN_SECONDS)) {
      return token;
    }
    Optional<OAuthClientConfig> client = delegate.oauthClient();
    if (client.isEmpty()) {
      return token;
    }
    OAuthToken renewed = new TokenEndpoint(client.get(), http, clock).refresh(token.get());
    delegate.save(userId, renewed);
    return Optional.of(renewed);
  }

  @Override
  public void save(String userId, OAuthToken credentials) {
    delegate.save(userId, credentials);
  }

  @Override
  public Optional<OAuthClientConfig> oauthClient() {
    return delegate.oauthClient();
  }
}
