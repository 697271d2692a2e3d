package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.auth.AuthClients;
import dev.mcpgen.runtime.internal.store.InMemoryUserStore;
import dev.mcpgen.runtime.internal.store.UserStores;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UserStore;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@link UserScope}s of one server's instances. A scope lives as long as its instance: keyed
 * weakly by the instance, it goes when a host evicts the instance, and with it the credentials
 * it had cached. Within an instance, scopes are per user: a stateless factory may hand the same
 * instance to every user, and that must not share one user's state with another.
 */
public final class UserScopes {
  private final String server;
  private final UserStore store;
  private final AuthClients credentials;
  private final Map<ServerInstance, ConcurrentMap<String, UserScope>> scopes =
      Collections.synchronizedMap(new WeakHashMap<>());

  private UserScopes(String server, UserStore store, AuthClients credentials) {
    this.server = server;
    this.store = store;
    this.credentials = credentials;
  }

  /** Scopes of {@code server} keeping state in {@code store}, credentials in {@code clients}. */
  public static UserScopes of(String server, UserStore store, AuthClients credentials) {
    return new UserScopes(server, store, credentials);
  }

  /**
   * Scopes of {@code server} with the store and credentials configured by system properties,
   * environment and class path.
   *
   * @throws IllegalStateException when the configured store or provider is not available
   */
  public static UserScopes configured(String server) {
    return of(server, UserStores.open(), AuthClients.configured());
  }

  /** Scopes with state in memory, for calls outside any configured host. */
  static UserScopes inMemory(String server) {
    return of(server, new InMemoryUserStore(), AuthClients.configured());
  }

  /** The scope of {@code instance}, which belongs to {@code user}. */
  UserScope scope(ServerInstance instance, UserContext user) {
    return scopes.computeIfAbsent(instance, key -> new ConcurrentHashMap<>())
        .computeIfAbsent(user.userId(), id -> new UserScope(server, user, store, credentials));
  }
}
