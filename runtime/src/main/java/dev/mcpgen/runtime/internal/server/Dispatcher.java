package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.LogLevel;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import dev.mcpgen.runtime.internal.server.tasks.ToolTasks;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves MCP methods, whatever the protocol revision and transport: the handshake, if any, has
 * been dealt with before a request gets here, and what it settled travels in the
 * {@link McpRequest}.
 */
public final class Dispatcher {
  /** The most resources one session may subscribe to. */
  static final int MAX_SUBSCRIPTIONS = 1000;

  /** Serves one method. */
  @FunctionalInterface
  interface Method {
    void serve(McpRequest request, Reply reply);
  }

  private final Map<String, Method> methods = new HashMap<>();
  private final ObjectNode capabilities = JsonNodeFactory.instance.objectNode();

  /** Serves {@code ping}, {@code logging/setLevel}, and the tools of {@code catalog}. */
  public Dispatcher(ToolCatalog catalog, ToolCaller caller) {
    this(catalog, caller, null, null, null, null);
  }

  /**
   * Serves {@code ping}, {@code logging/setLevel}, the tools of {@code catalog} through
   * {@code caller}, and the resources, prompts, completions and tool tasks given, each
   * {@code null} when the server has none.
   */
  Dispatcher(ToolCatalog catalog, ToolCaller caller, Resources resources, PromptGetter prompts,
      Completer completer, ToolTasks tasks) {
    methods.put("ping", (request, reply) -> reply.result(empty()));
    methods.put("logging/setLevel", Dispatcher::setLevel);
    capabilities.putObject("logging");
    methods.put("tools/list", (request, reply) -> {
      UserFeed feed = request.feed();
      reply.result(catalog.list(request.params().get("cursor"), request.user(),
          feed == null ? name -> true : feed::isToolEnabled));
    });
    methods.put("tools/call", tasks == null ? caller::call : tasks::call);
    capabilities.putObject("tools").put("listChanged", true);
    if (tasks != null) {
      methods.put("tasks/get", tasks::get);
      methods.put("tasks/result", tasks::result);
      methods.put("tasks/list", tasks::list);
      methods.put("tasks/cancel", tasks::cancel);
      capabilities.set("tasks", tasks.capability());
    }
    if (resources != null) {
      serveResources(resources);
    }
    if (prompts != null) {
      methods.put("prompts/list", prompts::list);
      methods.put("prompts/get", prompts::get);
      capabilities.putObject("prompts").put("listChanged", true);
    }
    if (completer != null) {
      methods.put("completion/complete", completer::complete);
      capabilities.putObject("completions");
    }
  }

  /** A server's resources: the fixed ones, the templates, and how they are read. */
  record Resources(ListCatalog fixed, ListCatalog templates, ResourceReader reader) {}

  private void serveResources(Resources resources) {
    methods.put("resources/list", (request, reply) -> reply.result(
        list(resources.fixed(), request)));
    methods.put("resources/templates/list", (request, reply) -> reply.result(
        list(resources.templates(), request)));
    methods.put("resources/read", resources.reader()::read);
    methods.put("resources/subscribe", Dispatcher::subscribe);
    methods.put("resources/unsubscribe", (request, reply) -> {
      request.session().unsubscribe(uri(request));
      reply.result(empty());
    });
    capabilities.putObject("resources").put("subscribe", true).put("listChanged", true);
  }

  private static ObjectNode list(ListCatalog catalog, McpRequest request) {
    UserFeed feed = request.feed();
    JsonNode cursor = request.params().get("cursor");
    return feed == null ? catalog.list(cursor) : catalog.list(cursor, feed::isResourceEnabled);
  }

  private static void subscribe(McpRequest request, Reply reply) {
    if (!request.session().subscribe(uri(request), MAX_SUBSCRIPTIONS)) {
      throw JsonRpcError.invalidParams("A session subscribes to at most " + MAX_SUBSCRIPTIONS
          + " resources; unsubscribe from some first");
    }
    reply.result(empty());
  }

  private static String uri(McpRequest request) {
    if (request.session() == null) {
      throw JsonRpcError.invalidRequest(request.method() + " needs a session");
    }
    JsonNode uri = request.params().get("uri");
    if (uri == null || !uri.isString() || uri.stringValue().isEmpty()) {
      throw JsonRpcError.invalidParams(request.method() + " needs \"uri\", the resource's URI");
    }
    return uri.stringValue();
  }

  private static void setLevel(McpRequest request, Reply reply) {
    JsonNode level = request.params().get("level");
    if (level == null || !level.isString()) {
      throw JsonRpcError.invalidParams("logging/setLevel needs \"level\", e.g. \"info\"");
    }
    try {
      LogLevel chosen = LogLevel.fromWireName(level.stringValue());
      if (request.session() != null) {
        request.session().logLevel(chosen);
      }
    } catch (IllegalArgumentException e) {
      throw JsonRpcError.invalidParams(e.getMessage());
    }
    reply.result(empty());
  }

  private static ObjectNode empty() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The server capabilities of {@code initialize}. */
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
