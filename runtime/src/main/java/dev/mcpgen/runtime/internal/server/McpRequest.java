package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcRequest;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request with everything the {@link Dispatcher} needs to serve it, however the protocol
 * revision conveyed it: by an earlier handshake, or in the request itself.
 *
 * @param message the JSON-RPC request
 * @param protocolVersion the protocol version it is served under, {@code null} before a
 *     handshake (only {@code ping} is served then)
 * @param user who it runs for
 * @param outbound where the server sends messages of its own to the requesting client later,
 *     after the answer (e.g. task status notifications)
 */
public record McpRequest(JsonRpcRequest message, String protocolVersion, UserContext user,
    MessageSink outbound) {
  /** A request whose client cannot be reached after the answer: later messages are dropped. */
  public McpRequest(JsonRpcRequest message, String protocolVersion, UserContext user) {
    this(message, protocolVersion, user, dropped -> {});
  }

  /** The method name. */
  public String method() {
    return message.method();
  }

  /** The params; an empty object when the request had none. */
  public ObjectNode params() {
    return message.params();
  }
}
