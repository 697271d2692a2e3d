package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.server.CallExecutor;
import dev.mcpgen.runtime.internal.server.ServerCore;
import dev.mcpgen.runtime.internal.server.Settings;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Readies the servers of a host; one that cannot be served is reported, never skipped. */
final class HostedServers {
  private HostedServers() {}

  /**
   * The servers of {@code factories} by name. A factory that cannot say its name, whose tool
   * definitions are broken, or whose name is taken already is added to {@code failures}.
   */
  static Map<String, HostedServer> host(Collection<ServerFactory> factories, Settings settings,
      CallExecutor calls, InstanceCache instances, List<ServerLoader.Failure> failures) {
    Map<String, HostedServer> hosted = new TreeMap<>();
    for (ServerFactory factory : factories) {
      String failure;
      try {
        String name = factory.info().name();
        ServerCore core =
            ServerCore.create(factory, settings, calls, instances.source(name, factory));
        HostedServer other = hosted.putIfAbsent(name, new HostedServer(name, factory, core));
        failure = other == null ? null : "another server is named '" + name + "' already: "
            + other.factory().getClass().getName();
      } catch (RuntimeException | LinkageError e) {
        failure = ServerLoader.reason(e);
      }
      if (failure != null) {
        failures.add(new ServerLoader.Failure(factory.getClass().getName(), failure));
      }
    }
    return hosted;
  }
}
