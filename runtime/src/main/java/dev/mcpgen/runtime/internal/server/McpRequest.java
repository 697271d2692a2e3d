package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request with everything the {@link Dispatcher} needs to serve it, however the protocol
 * revision conveyed it: by an earlier handshake, or in the request itself.
 *
 * @param message the JSON-RPC request
 * @param protocolVersion the protocol version it is served under, {@code null} before a
 *     handshake (only {@code ping} is served then)
 * @param user who it runs for
 */
public record McpRequest(JsonRpcRequest message, String protocolVersion, UserContext user) {
  /** The method name. */
  public String method() {
    return message.method();
  }

  /** The params; an empty object when the request had none. */
  public ObjectNode params() {
    return message.params();
  }
}
