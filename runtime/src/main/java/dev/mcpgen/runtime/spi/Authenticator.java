package dev.mcpgen.runtime.spi;

import dev.mcpgen.runtime.UserContext;
import java.util.function.Function;

/**
 * Decides who an HTTP client is. The host asks when a session opens and again on every later
 * request of it (unless this is {@link #TRUST_CLAIMED}): a request naming a session must come
 * from the session's user, so a leaked session id is worth nothing to anyone else. Keep it fast
 * and thread-safe.
 *
 * <p>The default, {@link #TRUST_CLAIMED}, checks nothing: it takes the user id the request names
 * (the seed's path form {@code /{server}/{userId}:{apiKey}}) or the host's default user. Plug in
 * one that checks keys or tokens before exposing a host beyond the local machine (the built-in
 * ones: API keys checked against a file of their hashes, {@code -Dmcpgen.http.apiKeys=FILE}; OAuth
 * access tokens, {@code McpHttpHost.Builder.oauth}):
 *
 * <pre>{@code
 * Authenticator keys = request -> {
 *   if (!keyStore.matches(request.userId(), request.apiKey())) {
 *     throw new AuthenticationException("unknown API key");
 *   }
 *   return new UserContext(request.userId(), request.apiKey());
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Authenticator {
  /** Trusts the user id the request names; never rejects anyone. */
  Authenticator TRUST_CLAIMED = request -> new UserContext(request.userId(), request.apiKey());

  /**
   * The user a new session runs for.
   *
   * @throws AuthenticationException when the request does not prove who it is (HTTP 401)
   */
  UserContext authenticate(Request request) throws AuthenticationException;

  /**
   * What a client presented when opening a session.
   *
   * @param server the name of the server the session is for
   * @param userId the user id named in the path, else the host's default user
   * @param apiKey the key named in the path, or {@code null}
   * @param headers the request's headers by name (case-insensitive): first value, or
   *     {@code null}
   */
  record Request(String server, String userId, String apiKey,
      Function<String, String> headers) {
    /** Never prints the key: requests end up in logs. */
    @Override
    public String toString() {
      return "Request[server=" + server + ", userId=" + userId + ", apiKey="
          + (apiKey == null ? "none" : "***") + "]";
    }
  }
}
