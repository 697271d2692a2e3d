package dev.mcpgen.runtime.spi;

import java.util.List;
import java.util.Optional;

/**
 * Where per-user state lives: JSON text under a key, scoped to one server and one user. The
 * runtime names the server and the user of every call, so a tool, which only sees its
 * {@link dev.mcpgen.runtime.Store} view, can never name another user.
 *
 * <p>The default keeps everything in memory. A durable store (the {@code mcpgen-store-jdbc}
 * module) is found by {@link UserStoreProvider}. Implementations must be thread-safe, and a
 * {@link #put} or {@link #delete} that returns must survive whatever the store promises to
 * survive (a durable store: a restart).
 */
public interface UserStore extends AutoCloseable {
  /** The JSON text stored under {@code key} for ({@code server}, {@code userId}), if any. */
  Optional<String> get(String server, String userId, String key);

  /** Stores {@code json} under {@code key}, replacing any previous value. */
  void put(String server, String userId, String key, String json);

  /** Removes {@code key}; {@code true} if it was there. */
  boolean delete(String server, String userId, String key);

  /** The keys stored for ({@code server}, {@code userId}), sorted. */
  List<String> keys(String server, String userId);

  /** Releases what the store holds open; the default holds nothing. */
  @Override
  default void close() {}
}
