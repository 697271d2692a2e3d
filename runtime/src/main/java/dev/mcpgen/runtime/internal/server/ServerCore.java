package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcConnection;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import dev.mcpgen.runtime.internal.server.tasks.TaskLimits;
import dev.mcpgen.runtime.internal.server.tasks.ToolTasks;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import java.time.Duration;
import java.util.List;

/**
 * One server, ready to serve connections on any transport: its tool, resource and prompt
 * definitions read once, its users' instances and the executor its calls run on.
 *
 * <pre>{@code
 * ServerCore core = ServerCore.create(factory, Settings.defaults(), executor);
 * JsonRpcConnection connection = core.connect(writer, UserContext.of("local"));
 * connection.receive(line);
 * }</pre>
 */
public final class ServerCore {
  private final ServerInfo info;
  private final Dispatcher dispatcher;
  private final CallExecutor executor;
  private final InstanceSource instances;
  private final Settings settings;

  private ServerCore(ServerInfo info, Dispatcher dispatcher, CallExecutor executor,
      InstanceSource instances, Settings settings) {
    this.info = info;
    this.dispatcher = dispatcher;
    this.executor = executor;
    this.instances = instances;
    this.settings = settings;
  }

  /**
   * Reads {@code factory}'s definitions.
   *
   * @throws IllegalStateException when a definition is not valid
   */
  public static ServerCore create(ServerFactory factory, Settings settings,
      CallExecutor executor) {
    return create(factory, settings, executor, new UserInstances(factory));
  }

  /**
   * Reads {@code factory}'s definitions; tool calls find their user's instance in
   * {@code instances}.
   *
   * @throws IllegalStateException when a definition is not valid
   */
  public static ServerCore create(ServerFactory factory, Settings settings,
      CallExecutor executor, InstanceSource instances) {
    return create(factory, settings, executor, instances,
        UserScopes.configured(factory.info().name()));
  }

  /**
   * Reads {@code factory}'s definitions; tool calls find their user's instance in
   * {@code instances}, and its store and credentials in {@code scopes}.
   *
   * @throws IllegalStateException when a definition is not valid
   */
  public static ServerCore create(ServerFactory factory, Settings settings,
      CallExecutor executor, InstanceSource instances, UserScopes scopes) {
    ToolCatalog catalog = ToolCatalog.of(factory, settings.pageSize());
    ToolCaller caller = new ToolCaller(catalog, instances, executor, scopes);
    Dispatcher.Resources resources =
        resources(factory, settings, new ResourceReader(instances, executor, scopes));
    PromptGetter prompts = prompts(factory, settings, instances, executor, scopes);
    Completer completer = !factory.hasCompletions() ? null : new Completer(
        prompts == null ? ListCatalog.of(factory.info().name(), "prompts", "name", List.of(), 1)
            : prompts.catalog(),
        resources == null ? ListCatalog.of(factory.info().name(), "resourceTemplates",
            "uriTemplate", List.of(), 1) : resources.templates(),
        instances, executor, scopes);
    return new ServerCore(factory.info(),
        new Dispatcher(catalog, caller, resources, prompts, completer,
            ToolTasks.of(catalog, caller, TaskLimits.defaults(), settings.pageSize())),
        executor, instances, settings);
  }

  /** The server's resources and templates; null when it has none. */
  private static Dispatcher.Resources resources(ServerFactory factory, Settings settings,
      ResourceReader reader) {
    String server = factory.info().name();
    ListCatalog fixed = ListCatalog.of(server, "resources", "uri",
        factory.resourceDefinitions(), settings.pageSize());
    ListCatalog templates = ListCatalog.of(server, "resourceTemplates", "uriTemplate",
        factory.resourceTemplateDefinitions(), settings.pageSize());
    return fixed.isEmpty() && templates.isEmpty() ? null
        : new Dispatcher.Resources(fixed, templates, reader);
  }

  /** The server's prompts; null when it has none. */
  private static PromptGetter prompts(ServerFactory factory, Settings settings,
      InstanceSource instances, CallExecutor executor, UserScopes scopes) {
    ListCatalog catalog = ListCatalog.of(factory.info().name(), "prompts", "name",
        factory.promptDefinitions(), settings.pageSize());
    return catalog.isEmpty() ? null : new PromptGetter(catalog, instances, executor, scopes);
  }

  /** A new connection of user {@code user}, answering through {@code sink}. */
  public JsonRpcConnection connect(MessageSink sink, UserContext user) {
    return connect(sink, new Session(user, sink));
  }

  /**
   * A new connection of {@code session}, whose state the transport can read (an HTTP transport
   * needs the negotiated protocol version), answering through {@code sink}.
   */
  public JsonRpcConnection connect(MessageSink sink, Session session) {
    session.clientRequestTimeout(settings.clientRequestTimeout());
    session.join(instances.feedFor(session.user()));
    return new JsonRpcConnection(sink, new SessionHandler(session, dispatcher, info));
  }

  /** How the server introduces itself. */
  public ServerInfo info() {
    return info;
  }

  /** How many tool calls, resource reads and other calls on the executor run now. */
  public int runningCalls() {
    return executor.running();
  }

  /** Waits up to {@code timeout} for running tool calls; {@code false} if some still run. */
  public boolean awaitIdle(Duration timeout) {
    return executor.awaitIdle(timeout);
  }
}
