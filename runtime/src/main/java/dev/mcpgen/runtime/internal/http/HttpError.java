package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import java.util.Map;

/**
 * A request the host refuses: an HTTP status and a JSON-RPC error body (with a null id) saying
 * why, in words the client's developer can act on.
 */
final class HttpError extends Exception {
  /** The JSON-RPC code of refusals that are not about a message: implementation-defined. */
  static final int SERVER_ERROR = -32000;

  /** The code of an unknown or ended session, as other SDKs answer it. */
  static final int SESSION_NOT_FOUND = -32001;

  private static final long serialVersionUID = 1L;
  private final int status;
  private final int code;
  private final transient Map<String, String> headers;

  HttpError(int status, int code, String message, Map<String, String> headers) {
    // An answer to the client, not a bug: a stack trace would only cost time.
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }

  static HttpError of(int status, String message) {
    return new HttpError(status, SERVER_ERROR, message, Map.of());
  }

  /** 400 for something wrong in the request itself. */
  static HttpError badRequest(String message) {
    return new HttpError(400, JsonRpcError.INVALID_REQUEST, "Bad Request: " + message, Map.of());
  }

  /** 404 for a session id the host does not know (any more). */
  static HttpError sessionNotFound() {
    return new HttpError(404, SESSION_NOT_FOUND,
        "Session not found: it ended or never existed; send initialize to start a new one",
        Map.of());
  }

  /** 405, listing the methods the path has. */
  static HttpError methodNotAllowed(String method, String allowed) {
    return new HttpError(405, SERVER_ERROR,
        "Method Not Allowed: " + method + "; this endpoint takes " + allowed,
        Map.of("Allow", allowed));
  }

  /** 503 for a limit of the host, naming it; the client may try again later. */
  static HttpError limit(String message) {
    return new HttpError(503, SERVER_ERROR, message, Map.of("Retry-After", "10"));
  }

  int status() {
    return status;
  }

  JsonRpcError toJsonRpc() {
    return new JsonRpcError(code, getMessage());
  }

  Map<String, String> headers() {
    return headers;
  }
}
