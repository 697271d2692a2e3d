package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;

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

  /** Serves {@code ping}, and the tools of {@code catalog} through {@code caller}. */
  public Dispatcher(ToolCatalog catalog, ToolCaller caller) {
    this.methods =
        Map.of(
            "ping", (request, reply) -> reply.result(JsonNodeFactory.instance.objectNode()),
            "tools/list",
            (request, reply) ->
                reply.result(catalog.list(request.params().get("cursor"), request.user())),
            "tools/call", caller::call);
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
