package dev.mcpgen.runtime.spi;

import java.util.Optional;

/**
 * Keeps the credentials of one service's users, each of type {@code C} (an
 * {@link dev.mcpgen.runtime.ApiKey}, an {@link dev.mcpgen.runtime.OAuthToken} or a type of the
 * server's own). Obtained from an {@link AuthClientProvider}; tools reach it through
 * {@code ctx.credentials(service, type)}.
 *
 * @param <C> the credential type
 */
public interface AuthClient<C> {
  /**
   * The credentials of {@code userId}, already refreshed if they expire soon, or empty when the
   * user has none yet.
   *
   * @throws CredentialsException when they exist but cannot be read or refreshed
   */
  Optional<C> credentials(String userId);

  /**
   * Stores {@code credentials} for {@code userId}, replacing any before.
   *
   * @throws CredentialsException when they cannot be stored
   */
  void save(String userId, C credentials);

  /**
   * How to sign users in to this service with OAuth, or empty when it uses API keys.
   *
   * @throws CredentialsException when a configuration exists but cannot be read
   */
  Optional<OAuthClientConfig> oauthClient();
}
