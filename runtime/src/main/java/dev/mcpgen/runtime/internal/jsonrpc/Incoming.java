package dev.mcpgen.runtime.internal.jsonrpc;

import tools.jackson.databind.JsonNode;

/** One message received from the peer, classified by {@link Envelope}. */
public sealed interface Incoming
    permits JsonRpcRequest, Incoming.Response, Incoming.Invalid {

  /**
   * A response to a request this side sent.
   *
   * @param id the id of that request
   * @param result the result, or {@code null} when {@code error} is set
   * @param error the error object, or {@code null}
   */
  record Response(JsonNode id, JsonNode result, JsonNode error) implements Incoming {}

  /**
   * A message that is not valid JSON-RPC; it is answered with {@code error}.
   *
   * @param id the message's id when it could be read, else {@code null}
   * @param error why the message is invalid
   */
  record Invalid(JsonNode id, JsonRpcError error) implements Incoming {}
}
