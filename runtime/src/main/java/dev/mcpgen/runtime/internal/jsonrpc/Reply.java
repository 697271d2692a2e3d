package dev.mcpgen.runtime.internal.jsonrpc;

import tools.jackson.databind.JsonNode;

/**
 * Answers one request, exactly once, from any thread. Handlers may answer before they return or
 * later, from the thread that finished the work.
 */
public interface Reply {
  /** Answers with {@code result}. */
  void result(JsonNode result);

  /** Answers with an error object. */
  void error(JsonRpcError error);

  /**
   * Ends this request unanswered: the client cancelled it, and MCP asks receivers not to answer
   * a cancelled request. Where a transport must still end the exchange with a message, it sends
   * a "Request cancelled" error (see {@link MessageSink#cancelled}).
   */
  default void abandon() {
    error(JsonRpcError.requestCancelled());
  }

  /**
   * Sends a message about this request before its answer: a progress or log notification, or a
   * request to the client. It goes where the answer will: on stdio the one stream, over
   * Streamable HTTP the POST's own response, which becomes an SSE stream. Replies that have
   * nowhere to send it drop it.
   */
  default void sendRelated(JsonNode message) {}

  /**
   * Closes the event stream this request is answered on, if the transport has one the client
   * can resume; what is sent later waits for it to reconnect. Others do nothing.
   */
  default void closeStream() {}

  /**
   * Says whether the work answering this request now waits for the client to answer a request
   * of the server's (sampling, elicitation, roots). A task shows it as {@code input_required}.
   */
  default void awaitingInput(boolean waiting) {}
}
