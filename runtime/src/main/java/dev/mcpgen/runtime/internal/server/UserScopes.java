package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.auth.AuthClients;
import dev.mcpgen.runtime.internal.store.InMemoryUserStore;
import dev.mcpgen.runtime.internal.store.UserStores;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UserStore;
import java.lang.ref.WeakReference;
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
 *
 * <p>The weak map needs a lock, and every call resolves a scope, so the scopes of the instance
 * resolved last are kept aside and found without it: stdio serves one instance for good. Calls
 * alternating between instances find theirs under the lock, as without the shortcut.
 */
public final class UserScopes {
  private final String server;
  private final UserStore store;
  private final AuthClients credentials;
  private final Map<ServerInstance, ConcurrentMap<String, UserScope>> scopes =
      Collections.synchronizedMap(new WeakHashMap<>());
  private volatile Last last = new Last(null, null);

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
    return scopesOf(instance)
        .computeIfAbsent(user.userId(), id -> new UserScope(server, user, store, credentials));
  }

  private ConcurrentMap<String, UserScope> scopesOf(ServerInstance instance) {
    Last cached = last;
    if (cached.instance.get() == instance) {
      return cached.scopes;
    }
    ConcurrentMap<String, UserScope> found =
        scopes.computeIfAbsent(instance, key -> new ConcurrentHashMap<>());
    last = new Last(instance, found);
    return found;
  }

  /**
   * The instance resolved last, held weakly so that keeping it aside does not keep it alive; its
   * scopes go at the latest when another instance is resolved.
   */
  private static final class Last {
    final WeakReference<ServerInstance> instance;
    final ConcurrentMap<String, UserScope> scopes;

    Last(ServerInstance instance, ConcurrentMap<String, UserScope> scopes) {
      this.instance = new WeakReference<>(instance);
      this.scopes = scopes;
    }
  }
}
