package dev.mcpgen.runtime.internal.launch;

import dev.mcpgen.runtime.spi.ServerFactory;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The servers on the class path, found once through {@link ServiceLoader}, by name. */
public final class ServerRegistry {
  private final Map<String, ServerFactory> factories;

  private ServerRegistry(Map<String, ServerFactory> factories) {
    this.factories = factories;
  }

  /**
   * Instantiates every registered {@link ServerFactory}.
   *
   * @throws LaunchException when a factory cannot be loaded or two share a name
   */
  public static ServerRegistry load() throws LaunchException {
    Map<String, ServerFactory> factories = new TreeMap<>();
    try {
      for (ServerFactory factory : ServiceLoader.load(ServerFactory.class)) {
        ServerFactory other = factories.putIfAbsent(factory.info().name(), factory);
        if (other != null) {
          throw LaunchException.failure("two servers are named '" + factory.info().name() + "': "
              + other.getClass().getName() + " and " + factory.getClass().getName());
        }
      }
    } catch (ServiceConfigurationError e) {
      throw LaunchException.failure("a server on the class path cannot be loaded: "
          + e.getMessage());
    }
    return new ServerRegistry(factories);
  }

  /**
   * The server named {@code name}, or the only one when {@code name} is {@code null}.
   *
   * @throws LaunchException when there is none, no such name, or several and no name
   */
  public ServerFactory select(String name) throws LaunchException {
    if (factories.isEmpty()) {
      throw LaunchException.failure("no MCP server on the class path: is the mcpgen processor "
          + "on the compiler's annotationProcessorPaths?");
    }
    if (name != null) {
      ServerFactory factory = factories.get(name);
      if (factory == null) {
        throw LaunchException.notFound("no server named '" + name + "'; the class path has "
            + names());
      }
      return factory;
    }
    if (factories.size() > 1) {
      throw LaunchException.notFound("the class path has several servers (" + names()
          + "): pick one with --server NAME");
    }
    return factories.values().iterator().next();
  }

  private String names() {
    return String.join(", ", factories.keySet());
  }
}
