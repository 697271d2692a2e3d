package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.ToolException;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import dev.mcpgen.runtime.internal.schema.Violations;
import dev.mcpgen.runtime.spi.ArgumentException;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UnknownToolException;
import java.lang.System.Logger.Level;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves {@code tools/call}. The request is checked on the reading thread; the call itself runs
 * on the {@link CallExecutor}: arguments validated against the input schema, then the user's
 * server instance called. What the tool did wrong becomes an {@code isError} result the model
 * can act on; a bug in it becomes a masked one, its stack trace only in the log.
 */
public final class ToolCaller {
  private static final System.Logger LOG = System.getLogger(ToolCaller.class.getName());

  /**
   * The error of a call whose caller's token lacks a scope the tool requires; an HTTP transport
   * answers it with 403 {@code insufficient_scope}.
   */
  public static final int INSUFFICIENT_SCOPE = -32003;

  private final ToolCatalog catalog;
  private final InstanceSource instances;
  private final CallExecutor executor;
  private final UserScopes scopes;

  /**
   * Calls the tools of {@code catalog} on the instances of their users, on {@code executor};
   * their stores are in memory.
   */
  public ToolCaller(ToolCatalog catalog, InstanceSource instances, CallExecutor executor) {
    this(catalog, instances, executor, UserScopes.inMemory("server"));
  }

  /**
   * Calls the tools of {@code catalog} on the instances of their users, on {@code executor},
   * reaching their stores and credentials through {@code scopes}.
   */
  public ToolCaller(ToolCatalog catalog, InstanceSource instances, CallExecutor executor,
      UserScopes scopes) {
    this.catalog = catalog;
    this.instances = instances;
    this.executor = executor;
    this.scopes = scopes;
  }

  /** Starts the call; {@code reply} is answered when it ends. */
  public void call(McpRequest request, Reply reply) {
    CallContext context = CallContext.of(request, reply);
    Runnable call = checked(request, context, reply);
    Session session = request.session();
    if (session == null) {
      executor.execute(call);
      return;
    }
    String id = request.id();
    session.started(id, context);
    executor.execute(() -> {
      try {
        call.run();
      } finally {
        session.finished(id);
      }
    });
  }

  /**
   * Starts the call of a task, checked and answered as any call; only the returned action
   * ({@code tasks/cancel}) cancels it, not {@code notifications/cancelled} nor the end of the
   * session: a task outlives the connection that started it.
   */
  public Runnable startTask(McpRequest request, Reply reply) {
    CallContext context = CallContext.of(request, reply);
    executor.execute(checked(request, context, reply));
    return context::cancel;
  }

  /** Checks {@code request} on the reading thread; returns the call to run on the executor. */
  private Runnable checked(McpRequest request, CallContext context, Reply reply) {
    JsonNode name = request.params().get("name");
    if (name == null || !name.isString()) {
      throw JsonRpcError.invalidParams("tools/call needs \"name\", the tool's name as a string");
    }
    ToolCatalog.Tool tool = catalog.tool(name.stringValue());
    UserFeed feed = request.feed();
    if (tool == null || (feed != null && !feed.isToolEnabled(tool.name()))) {
      throw unknownTool(name.stringValue());
    }
    if (!request.user().grants(tool.scopes())) {
      throw new JsonRpcError(INSUFFICIENT_SCOPE, "Insufficient scope: tool '" + tool.name()
          + "' requires the scopes " + new TreeSet<>(tool.scopes()));
    }
    ObjectNode arguments = arguments(request.params().get("arguments"));
    return () -> answer(tool, arguments, context, reply);
  }

  /** Absent (or null) arguments are none: fine for a tool whose parameters are all optional. */
  private static ObjectNode arguments(JsonNode arguments) {
    if (arguments == null || arguments.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!arguments.isObject()) {
      throw JsonRpcError.invalidParams("tools/call \"arguments\" must be an object, got "
          + arguments.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return (ObjectNode) arguments;
  }

  private void answer(ToolCatalog.Tool tool, ObjectNode arguments, CallContext context,
      Reply reply) {
    try {
      CallToolResult result = run(tool, arguments, context);
      if (context.isCancelled()) {
        reply.abandon();
        return;
      }
      reply.result(ToolResultJson.of(result));
    } catch (JsonRpcError e) {
      reply.error(e);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "tools/call of '" + tool.name() + "' failed", e);
      reply.error(JsonRpcError.internalError("Internal error while calling tool '"
          + tool.name() + "'"));
    }
  }

  private CallToolResult run(ToolCatalog.Tool tool, ObjectNode arguments, CallContext context) {
    Violations violations = tool.inputSchema().validate(arguments);
    if (!violations.isEmpty()) {
      return invalidArguments(tool, violations.toString());
    }
    ServerInstance instance = instances.instanceFor(context.user());
    return invoke(instance, tool, arguments,
        context.within(scopes.scope(instance, context.user())));
  }

  private static CallToolResult invoke(ServerInstance instance, ToolCatalog.Tool tool,
      ObjectNode arguments, CallContext context) {
    try {
      CallToolResult result = instance.callTool(tool.name(), arguments, context);
      if (result == null) {
        throw new IllegalStateException(
            instance.getClass().getName() + ".callTool returned null for '" + tool.name() + "'");
      }
      return result;
    } catch (UnknownToolException e) {
      throw unknownTool(e.tool());
    } catch (ArgumentException e) {
      return invalidArguments(tool, e.pointer() + ": " + e.problem());
    } catch (ToolException e) {
      String message = e.getMessage();
      return CallToolResult.error(message != null ? message : "Tool '" + tool.name() + "' failed");
    } catch (Exception | Error e) {
      // Whatever broke, the call is answered; what broke is for the log, not the client.
      LOG.log(Level.ERROR, "Tool '" + tool.name() + "' failed for user '"
          + context.userId() + "'", e);
      return CallToolResult.error("Internal error while running tool '" + tool.name() + "'");
    }
  }

  private static CallToolResult invalidArguments(ToolCatalog.Tool tool, String problems) {
    return CallToolResult.error("Invalid arguments for tool '" + tool.name() + "': " + problems);
  }

  /** An error, not an {@code isError} result: the spec's examples answer unknown tools so. */
  private static JsonRpcError unknownTool(String name) {
    return JsonRpcError.invalidParams("Unknown tool: " + name);
  }
}
