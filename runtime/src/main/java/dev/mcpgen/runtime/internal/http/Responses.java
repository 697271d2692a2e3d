package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Writes the host's non-streamed answers. */
final class Responses {
  static final String JSON = "application/json";
  static final String EVENT_STREAM = "text/event-stream";

  private Responses() {}

  /** {@code status} with {@code message} as its JSON body, plus {@code headers}. */
  static void json(Exchange exchange, int status, JsonNode message, Map<String, String> headers)
      throws IOException {
    Map<String, String> all = new HashMap<>(headers);
    all.put("Content-Type", JSON);
    exchange.respond(status, all, JsonRpcCodec.encode(message));
  }

  /** The refusal, as a JSON-RPC error response with a null id. */
  static void error(Exchange exchange, HttpError error) throws IOException {
    json(exchange, error.status(), JsonRpcCodec.error(null, error.toJsonRpc()), error.headers());
  }

  /** A JSON-RPC error answering no particular message, with {@code status}. */
  static void error(Exchange exchange, int status, JsonRpcError error) throws IOException {
    json(exchange, status, JsonRpcCodec.error(null, error), Map.of());
  }

  /** A status with no body: 202 Accepted, 204 No Content. */
  static void empty(Exchange exchange, int status) throws IOException {
    exchange.respond(status, Map.of(), new byte[0]);
  }
}
