package dev.mcpgen.runtime;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The user a server instance is created for. A server class may take one in its public
 * constructor to keep per-user state; the runtime creates one instance per user and never shares
 * it with another user.
 *
 * @param userId the user's id, never empty
 * @param apiKey the key the user presented, or {@code null} when none (stdio)
 * @param scopes the OAuth scopes the user's access token grants, or {@code null} when access is
 *     not limited by scopes (stdio, API keys)
 */
public record UserContext(String userId, String apiKey, Set<String> scopes) {
  /** The local user when none is named: stdio servers run for one user. */
  public static final String LOCAL_USER = "local";

  public UserContext {
    Objects.requireNonNull(userId, "userId");
    if (userId.isEmpty()) {
      throw new IllegalArgumentException("userId must not be empty");
    }
    scopes = scopes == null ? null : Set.copyOf(scopes);
  }

  /** A user whose access is not limited by scopes. */
  public UserContext(String userId, String apiKey) {
    this(userId, apiKey, null);
  }

  /** Whether this user may use something that requires all of {@code required}. */
  public boolean grants(Collection<String> required) {
    return scopes == null || scopes.containsAll(required);
  }

  /** A context for {@code userId} with no API key. */
  public static UserContext of(String userId) {
    return new UserContext(userId, null);
  }

  /** Never prints the key: contexts end up in logs. */
  @Override
  public String toString() {
    return "UserContext[userId=" + userId + ", apiKey=" + (apiKey == null ? "none" : "***")
        + (scopes == null ? "" : ", scopes=" + scopes) + "]";
  }
}
