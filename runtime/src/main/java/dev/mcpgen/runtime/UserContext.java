package dev.mcpgen.runtime;

import java.util.Objects;

/**
 * The user a server instance is created for. A server class may take one in its public
 * constructor to keep per-user state; the runtime creates one instance per user and never shares
 * it with another user.
 *
 * @param userId the user's id, never empty
 * @param apiKey the key the user presented, or {@code null} when none (stdio)
 */
public record UserContext(String userId, String apiKey) {
  /** The local user when none is named: stdio servers run for one user. */
  public static final String LOCAL_USER = "local";

  public UserContext {
    Objects.requireNonNull(userId, "userId");
    if (userId.isEmpty()) {
      throw new IllegalArgumentException("userId must not be empty");
    }
  }

  /** A context for {@code userId} with no API key. */
  public static UserContext of(String userId) {
    return new UserContext(userId, null);
  }

  /** Never prints the key: contexts end up in logs. */
  @Override
  public String toString() {
    return "UserContext[userId=" + userId + ", apiKey=" + (apiKey == null ? "none" : "***") + "]";
  }
}
