package dev.mcpgen.runtime.internal.server.tasks;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import dev.mcpgen.runtime.internal.server.McpRequest;
import dev.mcpgen.runtime.internal.server.ProtocolVersions;
import dev.mcpgen.runtime.internal.server.ToolCaller;
import dev.mcpgen.runtime.internal.server.ToolCatalog;
import dev.mcpgen.runtime.internal.server.ToolCatalog.TaskSupport;
import java.time.Clock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tool calls as tasks (MCP 2025-11-25, experimental): {@code tools/call} with a {@code task}
 * param answers at once with the new task, and runs on like any call, with the same checks and
 * the same answers, which {@code tasks/result} hands out once it ends; {@code tasks/get},
 * {@code tasks/list} and {@code tasks/cancel} follow it meanwhile.
 *
 * <p>Tasks are bound to the user the request runs for, the authorization context of HTTP
 * transports, not to the session: a client may poll from a new session after a reconnect, and
 * other users never see them. Where every client is the same user (stdio, a host that trusts
 * claimed ids) the 128-bit random ids are what keeps a task private.
 */
public final class ToolTasks {
  private static final System.Logger LOG = System.getLogger(ToolTasks.class.getName());
  private static final String TASKS_SINCE = "2025-11-25";

  private final ToolCatalog catalog;
  private final ToolCaller caller;
  private final TaskRegistry registry;
  private final int pageSize;

  ToolTasks(ToolCatalog catalog, ToolCaller caller, TaskRegistry registry, int pageSize) {
    this.catalog = catalog;
    this.caller = caller;
    this.registry = registry;
    this.pageSize = pageSize;
  }

  /**
   * Tasks for the tools of {@code catalog} called through {@code caller}, {@code pageSize} to a
   * {@code tasks/list} page; {@code null} when no tool may run as a task, as the server then
   * declares no {@code tasks} capability and serves no {@code tasks/*} method.
   */
  public static ToolTasks of(ToolCatalog catalog, ToolCaller caller, TaskLimits limits,
      int pageSize) {
    return catalog.hasTaskTools()
        ? new ToolTasks(catalog, caller, new TaskRegistry(limits, Clock.systemUTC()), pageSize)
        : null;
  }

  /** The {@code tasks} server capability: list, cancel, and task-augmented tool calls. */
  public ObjectNode capability() {
    ObjectNode tasks = JsonNodeFactory.instance.objectNode();
    tasks.putObject("list");
    tasks.putObject("cancel");
    tasks.putObject("requests").putObject("tools").putObject("call");
    return tasks;
  }

  /**
   * Serves {@code tools/call}: as a task when the request has a {@code task} param, else as a
   * plain call. Clients of revisions before tasks call every tool plainly.
   *
   * @throws JsonRpcError method not found when the tool cannot run as the request asks
   */
  public void call(McpRequest request, Reply reply) {
    ToolCatalog.Tool tool = catalog.tool(request.params().path("name").stringValue(""));
    if (tool == null || !request.user().grants(tool.scopes())
        || !ProtocolVersions.atLeast(request.protocolVersion(), TASKS_SINCE)) {
      // The caller answers these the same way with or without a task.
      caller.call(request, reply);
      return;
    }
    JsonNode task = request.params().get("task");
    boolean asTask = task != null && !task.isNull();
    if (asTask && tool.taskSupport() == TaskSupport.FORBIDDEN) {
      throw new JsonRpcError(JsonRpcError.METHOD_NOT_FOUND, "Tool '" + tool.name()
          + "' does not run as a task: call it without \"task\"");
    }
    if (!asTask && tool.taskSupport() == TaskSupport.REQUIRED) {
      throw new JsonRpcError(JsonRpcError.METHOD_NOT_FOUND, "Tool '" + tool.name()
          + "' runs only as a task: call it with \"task\":{} in the params");
    }
    if (asTask) {
      start(request, ttl(task), reply);
    } else {
      caller.call(request, reply);
    }
  }

  /** {@code tasks/get}: the task as it is now. */
  public void get(McpRequest request, Reply reply) {
    reply.result(find(request).toJson());
  }

  /** {@code tasks/result}: what the call answered, once it has. */
  public void result(McpRequest request, Reply reply) {
    find(request).awaitOutcome(reply);
  }

  /** {@code tasks/cancel}: the task, cancelled. */
  public void cancel(McpRequest request, Reply reply) {
    Task task = find(request);
    reply.result(task.cancel());
    LOG.log(System.Logger.Level.DEBUG, "Task {0}... of user {1} cancelled",
        task.id().substring(0, 6), task.owner());
  }

  /** {@code tasks/list}: a page of the user's tasks, oldest first. */
  public void list(McpRequest request, Reply reply) {
    reply.result(TaskPages.page(registry.list(request.user().userId()),
        request.params().get("cursor"), pageSize));
  }

  private void start(McpRequest request, Long ttl, Reply reply) {
    MessageSink outbound = request.session() == null ? dropped -> {}
        : request.session().outbound();
    Task task = registry.create(request.user().userId(), ttl, outbound);
    ObjectNode created = JsonNodeFactory.instance.objectNode();
    created.set("task", task.toJson());
    try {
      task.stopCallWith(caller.startTask(request, new TaskReply(task, outbound)));
    } catch (RuntimeException e) {
      // Checked before the call started (e.g. arguments not an object): no task came of it.
      registry.remove(task);
      throw e;
    }
    reply.result(created);
    task.announce();
    // The audit trail the spec asks for; the id is shortened, as it is a credential of sorts.
    LOG.log(System.Logger.Level.DEBUG, "Task {0}... of user {1} runs tool {2}",
        task.id().substring(0, 6), task.owner(), request.params().get("name").stringValue());
  }

  private Task find(McpRequest request) {
    JsonNode id = request.params().get("taskId");
    if (id == null || !id.isString()) {
      throw JsonRpcError.invalidParams(
          request.method() + " needs \"taskId\", the id of a task as a string");
    }
    return registry.find(request.user().userId(), id.stringValue());
  }

  /** The {@code ttl} asked for in milliseconds, or {@code null} when none. */
  private static Long ttl(JsonNode task) {
    if (!task.isObject()) {
      throw JsonRpcError.invalidParams("\"task\" must be an object such as {\"ttl\":60000}");
    }
    JsonNode ttl = task.get("ttl");
    if (ttl == null || ttl.isNull()) {
      return null;
    }
    if (!ttl.isIntegralNumber() || !ttl.canConvertToLong() || ttl.longValue() < 0) {
      throw JsonRpcError.invalidParams(
          "\"task.ttl\" must be a whole number of milliseconds, got " + ttl);
    }
    return ttl.longValue();
  }
}
