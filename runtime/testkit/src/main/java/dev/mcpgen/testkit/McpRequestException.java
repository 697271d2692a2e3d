package dev.mcpgen.testkit;

import dev.mcpgen.runtime.internal.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON-RPC error: the server's answer to a request of the test client, or, thrown by a
 * {@link ServerRequestHandler}, the client's answer to a request of the server.
 *
 * <pre>{@code
 * McpRequestException e =
 *     assertThrows(McpRequestException.class, () -> client.callTool("nope", Map.of()));
 * assertEquals(-32602, e.code());
 * }</pre>
 */
public final class McpRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String errorMessage;
  private final transient JsonNode data;

  /** An error with {@code code} (e.g. -32602, invalid params) and {@code message}. */
  public McpRequestException(int code, String message) {
    this(code, message, null);
  }

  /** An error with {@code code}, {@code message} and {@code data}, which may be {@code null}. */
  public McpRequestException(int code, String message, JsonNode data) {
    super("JSON-RPC error " + code + ": " + message);
    this.code = code;
    this.errorMessage = message;
    this.data = data;
  }

  /** The JSON-RPC error code, e.g. -32601 for a method the peer does not serve. */
  public int code() {
    return code;
  }

  /** The error's message, as sent. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The error's data, or {@code null} when it has none. */
  public JsonNode data() {
    return data;
  }

  /** The error object of a JSON-RPC response. */
  ObjectNode toJson() {
    ObjectNode error =
        Json.MAPPER.createObjectNode().put("code", code).put("message", errorMessage);
    return data == null ? error : error.set("data", data);
  }
}
