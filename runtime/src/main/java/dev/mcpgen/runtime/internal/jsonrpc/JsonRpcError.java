package dev.mcpgen.runtime.internal.jsonrpc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON-RPC error answer. Handlers throw it (or pass it to {@link Reply#error}) to answer a
 * request with an error object instead of a result.
 */
public final class JsonRpcError extends RuntimeException {
  /** The error codes JSON-RPC 2.0 reserves, in the order of its specification. */
  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;
  /** MCP's code for a request the client cancelled (from LSP). */
  public static final int REQUEST_CANCELLED = -32800;

  private static final long serialVersionUID = 1L;
  private final int code;
  private final transient JsonNode data;

  /** An error with {@code code} and a message the client's developer can act on. */
  public JsonRpcError(int code, String message) {
    this(code, message, null);
  }

  /** An error that also carries {@code data}, e.g. the URI of a resource not found. */
  public JsonRpcError(int code, String message, JsonNode data) {
    // An answer to the client, not a bug: a stack trace would only cost time.
    super(message, null, false, false);
    this.code = code;
    this.data = data;
  }

  /** -32700: the bytes are not JSON, or JSON beyond the reader's limits. */
  public static JsonRpcError parseError(String detail) {
    return new JsonRpcError(PARSE_ERROR, "Parse error: " + detail);
  }

  /** -32600: JSON, but not a valid request object. */
  public static JsonRpcError invalidRequest(String detail) {
    return new JsonRpcError(INVALID_REQUEST, "Invalid request: " + detail);
  }

  /** -32601. */
  public static JsonRpcError methodNotFound(String method) {
    return new JsonRpcError(METHOD_NOT_FOUND, "Method not found: " + method);
  }

  /** -32602. */
  public static JsonRpcError invalidParams(String detail) {
    return new JsonRpcError(INVALID_PARAMS, detail);
  }

  /** -32603. */
  public static JsonRpcError requestCancelled() {
    return new JsonRpcError(REQUEST_CANCELLED, "Request cancelled");
  }

  public static JsonRpcError internalError(String detail) {
    return new JsonRpcError(INTERNAL_ERROR, detail);
  }

  /** The JSON-RPC error code. */
  public int code() {
    return code;
  }

  /** The error object of a response: {@code {"code":…,"message":…}}. */
  public ObjectNode toJson() {
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("code", code);
    error.put("message", getMessage());
    if (data != null) {
      error.set("data", data);
    }
    return error;
  }
}
