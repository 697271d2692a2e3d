package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One server instance per user, created on first need and kept for good: right for stdio, which
 * serves one user. An HTTP host, serving many, uses a bounded cache that
 * evicts idle instances instead.
 */
public final class UserInstances implements InstanceSource {
  private static final System.Logger LOG = System.getLogger(UserInstances.class.getName());

  private final ServerFactory factory;
  private final ConcurrentMap<String, ServerInstance> instances = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, UserFeed> feeds = new ConcurrentHashMap<>();

  /** Instances that {@code factory} creates. */
  public UserInstances(ServerFactory factory) {
    this.factory = factory;
  }

  /**
   * The instance of {@code user}, created now if needed.
   *
   * @throws JsonRpcError an internal error when the factory fails; the next call tries again
   */
  @Override
  public ServerInstance instanceFor(UserContext user) {
    ServerInstance instance = instances.get(user.userId());
    return instance != null
        ? instance
        : instances.computeIfAbsent(user.userId(), id -> create(factory, user, feedFor(user)));
  }

  @Override
  public UserFeed feedFor(UserContext user) {
    return feeds.computeIfAbsent(user.userId(), id -> new UserFeed());
  }

  /**
   * A new instance of {@code factory}'s server for {@code user}, telling its clients through
   * {@code feed}.
   *
   * @throws JsonRpcError an internal error when the factory fails, its cause logged
   */
  public static ServerInstance create(ServerFactory factory, UserContext user, UserFeed feed) {
    String server = factory.info().name();
    try {
      ServerInstance instance = factory.create(user, feed);
      if (instance == null) {
        throw new IllegalStateException(factory.getClass().getName() + ".create returned null");
      }
      return instance;
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.ERROR, "Server '" + server + "' could not be created for " + user, e);
      throw JsonRpcError.internalError("Server '" + server + "' could not be started for user '"
          + user.userId() + "' (" + e.getClass().getSimpleName() + "; see the server log)");
    }
  }
}
