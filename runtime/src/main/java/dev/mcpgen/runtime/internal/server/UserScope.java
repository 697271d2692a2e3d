package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.OAuthToken;
import dev.mcpgen.runtime.Store;
import dev.mcpgen.runtime.ToolException;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.auth.AuthClients;
import dev.mcpgen.runtime.spi.CredentialsException;
import dev.mcpgen.runtime.spi.UserStore;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What one user's instance of a server reaches besides its own fields: the user's store and
 * the user's credentials, read once per instance and kept until they near expiry. Problems
 * become {@link ToolException}s, so the model sees what to tell the user.
 */
final class UserScope {
  private final String server;
  private final UserContext user;
  private final UserStore store;
  private final AuthClients credentials;
  private final ConcurrentMap<String, Object> cached = new ConcurrentHashMap<>();

  UserScope(String server, UserContext user, UserStore store, AuthClients credentials) {
    this.server = server;
    this.user = user;
    this.store = store;
    this.credentials = credentials;
  }

  Store store() {
    try {
      return Store.of(store, server, user.userId());
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage());
    }
  }

  <C> C credentials(String service, Class<C> type) {
    Object hit = cached.get(service);
    if (type.isInstance(hit) && !expiring(hit)) {
      return type.cast(hit);
    }
    C fresh;
    try {
      fresh = credentials.client(service, type).credentials(user.userId())
          .orElseThrow(() -> new ToolException(missing(service)));
    } catch (CredentialsException | IllegalArgumentException e) {
      throw new ToolException(e.getMessage());
    }
    cached.put(service, fresh);
    return fresh;
  }

  private static boolean expiring(Object credentials) {
    return credentials instanceof OAuthToken token && token.expiresBefore(
        Clock.systemUTC().instant(), AuthClients.REFRESH_MARGIN_SECONDS);
  }

  private String missing(String service) {
    String forUser = user.userId().equals(UserContext.LOCAL_USER)
        ? "" : " --user-id " + user.userId();
    return "No credentials for service '" + service + "' for user '" + user.userId()
        + "'. Ask the user to run: java -jar <server>.jar auth --service " + service + forUser;
  }
}
