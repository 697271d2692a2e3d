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
 * @param session the session it came on: the way to its client for requests of the server's
 *     own, its log level and subscriptions
 */
public record McpRequest(JsonRpcRequest message, String protocolVersion, UserContext user,
    Session session) {
  /** The method name. */
  public String method() {
    return message.method();
  }

  /** The request id as text, the key of a running request. */
  public String id() {
    return message.id().asString();
  }

  /** The params; an empty object when the request had none. */
  public ObjectNode params() {
    return message.params();
  }

  /** Whether the user's instance shows tools, prompts or resources: all, outside a session. */
  UserFeed feed() {
    return session == null ? null : session.feed();
  }
}
