package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.spi.ServerInstance;

/**
 * Where a tool call finds the server instance of its user. Stdio keeps one per user for good
 * ({@link UserInstances}); an HTTP host shares one between a user's sessions and evicts it when
 * idle.
 */
@FunctionalInterface
public interface InstanceSource {
  /**
   * The instance of {@code user}, created now if needed.
   *
   * @throws JsonRpcError an internal error when the factory fails; the next call tries again
   */
  ServerInstance instanceFor(UserContext user);

  /**
   * The feed of {@code user}'s instance, which its sessions join; it exists before the instance
   * does. Sources that keep none (hand-made ones in tests) give a new, unshared one.
   */
  default UserFeed feedFor(UserContext user) {
    return new UserFeed();
  }
}
