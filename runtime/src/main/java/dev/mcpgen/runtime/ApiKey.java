package dev.mcpgen.runtime;

import java.util.Objects;

/**
 * An API key, as {@code auth --service NAME} stores it for a service not configured for OAuth.
 * Ask for it with {@code ctx.credentials("weather", ApiKey.class)}.
 *
 * @param key the key
 */
public record ApiKey(String key) {
  public ApiKey {
    Objects.requireNonNull(key, "key");
  }

  /** Never prints the key: credentials end up in logs. */
  @Override
  public String toString() {
    return "ApiKey[***]";
  }
}
