package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import dev.mcpgen.runtime.internal.server.tasks.ToolTasks;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves MCP methods, whatever the protocol revision and transport: the handshake, if any, has
 * been dealt with before a request gets here, and what it settled travels in the
 * {@link McpRequest}.
 */
public final class Dispatcher {
  /** Serves one method. */
  @FunctionalInterface
  interface Method {
    void serve(McpRequest request, Reply reply);
  }

  private final Map<String, Method> methods;
  private final ObjectNode capabilities;

  /** Serves {@code ping}, and the tools of {@code catalog} through {@code caller}. */
  public Dispatcher(ToolCatalog catalog, ToolCaller caller) {
    this(catalog, caller, null, null, null);
  }

  /**
   * Serves {@code ping}, the tools of {@code catalog} through {@code caller}, and the resources,
   * prompts and tool tasks given, each {@code null} when the server has none.
   */
  Dispatcher(ToolCatalog catalog, ToolCaller caller, Resources resources, PromptGetter prompts,
      ToolTasks tasks) {
    Map<String, Method> methods = new HashMap<>();
    methods.put("ping", (request, reply) -> reply.result(JsonNodeFactory.instance.objectNode()));
    methods.put("tools/list",
        (request, reply) -> reply.result(catalog.list(request.params().get("cursor"),
            request.user())));
    methods.put("tools/call", tasks == null ? caller::call : tasks::call);
    this.capabilities = JsonNodeFactory.instance.objectNode();
    capabilities.putObject("tools").put("listChanged", false);
    if (tasks != null) {
      methods.put("tasks/get", tasks::get);
      methods.put("tasks/result", tasks::result);
      methods.put("tasks/list", tasks::list);
      methods.put("tasks/cancel", tasks::cancel);
      capabilities.set("tasks", tasks.capability());
    }
    if (resources != null) {
      methods.put("resources/list", (request, reply) ->
          reply.result(resources.fixed().list(request.params().get("cursor"))));
      methods.put("resources/templates/list", (request, reply) ->
          reply.result(resources.templates().list(request.params().get("cursor"))));
      methods.put("resources/read", resources.reader()::read);
      capabilities.putObject("resources").put("listChanged", false);
    }
    if (prompts != null) {
      methods.put("prompts/list", prompts::list);
      methods.put("prompts/get", prompts::get);
      capabilities.putObject("prompts").put("listChanged", false);
    }
    this.methods = Map.copyOf(methods);
  }

  /** A server's resources: the fixed ones, the templates, and how they are read. */
  record Resources(ListCatalog fixed, ListCatalog templates, ResourceReader reader) {}

  /**
   * The server capabilities of {@code initialize}: {@code tools}, and {@code resources},
   * {@code prompts} and {@code tasks} when the server has any.
   */
  public ObjectNode capabilities() {
    return capabilities.deepCopy();
  }

  /**
   * Serves {@code request}, answering now or once its work is done.
   *
   * @throws JsonRpcError method not found, or invalid params
   */
  public void serve(McpRequest request, Reply reply) {
    Method method = methods.get(request.method());
    if (method == null) {
      throw JsonRpcError.methodNotFound(request.method());
    }
    method.serve(request, reply);
  }
}
