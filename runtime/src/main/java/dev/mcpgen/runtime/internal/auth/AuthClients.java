package dev.mcpgen.runtime.internal.auth;

import dev.mcpgen.runtime.OAuthToken;
import dev.mcpgen.runtime.spi.AuthClient;
import dev.mcpgen.runtime.spi.AuthClientProvider;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Picks the {@link AuthClientProvider} configuration asks for and hands out its clients; those
 * of {@link OAuthToken}s refresh tokens before they expire.
 */
public final class AuthClients {
  /** The system property naming the provider. */
  public static final String PROPERTY = "mcpgen.credentials";
  /** The environment variable naming the provider when the property is not set. */
  public static final String ENVIRONMENT = "MCPGEN_CREDENTIALS";

  /**
   * How long before expiry a token is renewed (and a cached one re-read), so it does not lapse
   * during the call that uses it.
   */
  public static final long REFRESH_MARGIN_SECONDS = 60;

  private final AuthClientProvider provider;
  private final Clock clock;

  private AuthClients(AuthClientProvider provider, Clock clock) {
    this.provider = provider;
    this.clock = clock;
  }

  /** Clients of {@code provider}, refreshing by {@code clock}. */
  public static AuthClients of(AuthClientProvider provider, Clock clock) {
    return new AuthClients(provider, clock);
  }

  /**
   * The provider named by {@code mcpgen.credentials} / {@code MCPGEN_CREDENTIALS}, else the
   * first on the class path, else the local files.
   *
   * @throws IllegalStateException when the named provider is not on the class path
   */
  public static AuthClients configured() {
    String name = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
    List<AuthClientProvider> found = new ArrayList<>();
    ServiceLoader.load(AuthClientProvider.class).forEach(found::add);
    found.add(LocalFileProvider.configured());
    if (name == null || name.isBlank()) {
      return of(found.get(0), Clock.systemUTC());
    }
    for (AuthClientProvider provider : found) {
      if (provider.name().equals(name)) {
        return of(provider, Clock.systemUTC());
      }
    }
    throw new IllegalStateException("No credentials provider named '" + name + "' (" + PROPERTY
        + "); on the class path: " + found.stream().map(AuthClientProvider::name).toList());
  }

  /** The client of {@code service}'s credentials, read as {@code type}. */
  @SuppressWarnings("unchecked")
  public <C> AuthClient<C> client(String service, Class<C> type) {
    AuthClient<C> client = provider.client(service, type);
    return type == OAuthToken.class
        ? (AuthClient<C>) new RefreshingAuthClient((AuthClient<OAuthToken>) client,
            Http.CLIENT, clock)
        : client;
  }

  /** Created on first refresh: most servers never need one. */
  private static final class Http {
    static final HttpClient CLIENT =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }
}
