package dev.mcpgen.runtime.internal.store;

import dev.mcpgen.runtime.spi.UserStore;
import dev.mcpgen.runtime.spi.UserStoreProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Opens the {@link UserStore} that configuration and the class path ask for. */
public final class UserStores {
  /** The system property naming the store's location. */
  public static final String PROPERTY = "mcpgen.store";
  /** The environment variable read when the property is not set. */
  public static final String ENVIRONMENT = "MCPGEN_STORE";
  /** The location that keeps state in memory even when a durable provider is present. */
  public static final String MEMORY = "memory";

  private UserStores() {}

  /**
   * The store configured by {@code mcpgen.store} / {@code MCPGEN_STORE}, else the first
   * provider's default, else memory.
   *
   * @throws IllegalStateException when no provider supports the configured location
   */
  public static UserStore open() {
    String location = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
    return open(location, providers());
  }

  /** As {@link #open()}, for a given location ({@code null}: none) and providers. */
  static UserStore open(String location, List<UserStoreProvider> providers) {
    if (MEMORY.equals(location) || (location == null && providers.isEmpty())) {
      return new InMemoryUserStore();
    }
    if (location == null || location.isBlank()) {
      UserStoreProvider first = providers.get(0);
      return first.open(first.defaultLocation());
    }
    for (UserStoreProvider provider : providers) {
      if (provider.supports(location)) {
        return provider.open(location);
      }
    }
    throw new IllegalStateException("No user store supports " + PROPERTY + "="
        + withoutSecrets(location) + ": add a module that does (mcpgen-store-jdbc for jdbc: "
        + "URLs) or use " + MEMORY);
  }

  /** Only the scheme: a JDBC URL may carry a password. */
  private static String withoutSecrets(String location) {
    int scheme = location.indexOf(':', location.startsWith("jdbc:") ? 5 : 0);
    return scheme < 0 ? location : location.substring(0, scheme + 1) + "...";
  }

  private static List<UserStoreProvider> providers() {
    List<UserStoreProvider> providers = new ArrayList<>();
    ServiceLoader.load(UserStoreProvider.class).forEach(providers::add);
    return providers;
  }
}
