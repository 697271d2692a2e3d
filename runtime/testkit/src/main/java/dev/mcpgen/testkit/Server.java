package dev.mcpgen.testkit;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.auth.AuthClients;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import dev.mcpgen.runtime.internal.server.CallExecutor;
import dev.mcpgen.runtime.internal.server.ServerCore;
import dev.mcpgen.runtime.internal.server.Settings;
import dev.mcpgen.runtime.internal.server.UserInstances;
import dev.mcpgen.runtime.internal.server.UserScopes;
import dev.mcpgen.runtime.internal.store.InMemoryUserStore;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.util.function.Consumer;

/**
 * What a test client connects to: the runtime's protocol core, or in the kit's own tests a
 * scripted peer that does what the runtime cannot do yet (send requests to the client).
 */
@FunctionalInterface
interface Server {
  /** A new connection as {@code user}; the server writes to {@code sink}, reads the result. */
  Consumer<byte[]> connect(MessageSink sink, UserContext user);

  /**
   * {@code factory}'s server on the real protocol core, with the runtime's default settings.
   * Its users' state is in memory whatever store the class path or configuration offers, so
   * each test starts from nothing and leaves nothing behind; credentials come from the
   * configured provider.
   */
  static Server of(ServerFactory factory) {
    Settings settings = Settings.defaults();
    ServerCore core = ServerCore.create(factory, settings,
        CallExecutor.create(settings.maxConcurrentCalls()), new UserInstances(factory),
        UserScopes.of(factory.info().name(), new InMemoryUserStore(), AuthClients.configured()));
    return (sink, user) -> core.connect(sink, user)::receive;
  }
}
