package dev.mcpgen.runtime.internal.jsonrpc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where messages to the peer go: a transport's writer. Implementations are thread-safe and keep
 * every message whole; they may block the caller to apply back-pressure, never drop a message
 * while the peer is still reading.
 */
@FunctionalInterface
public interface MessageSink {
  /** Sends one message (or batch) to the peer. */
  void send(JsonNode message);

  /** Sends a notification: a message the peer never answers. */
  default void sendNotification(String method, ObjectNode params) {
    send(JsonRpcCodec.notification(method, params));
  }

  /**
   * Closes the connection carrying this sink's messages when the client can resume it and the
   * messages wait meanwhile (an SSE stream with event ids); otherwise does nothing.
   */
  default void closeStream() {}

  /**
   * The request whose answer this sink was to carry was cancelled by the client, so it gets
   * none. A sink that must still end its exchange with a message sends {@code cancelledAnswer}
   * (an error response the client ignores); the default sends nothing.
   */
  default void cancelled(JsonNode cancelledAnswer) {}
}
