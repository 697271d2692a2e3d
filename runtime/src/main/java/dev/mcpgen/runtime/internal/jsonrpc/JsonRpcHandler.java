package dev.mcpgen.runtime.internal.jsonrpc;

/**
 * What a {@link JsonRpcConnection} delivers valid requests and notifications to. Called on the
 * transport's reading thread, one message at a time: a handler must hand slow work to another
 * thread and answer through the {@link Reply} when it is done.
 */
public interface JsonRpcHandler {
  /**
   * Handles a request. Throwing a {@link JsonRpcError} answers with it; any other exception is
   * answered with an internal error.
   */
  void onRequest(JsonRpcRequest request, Reply reply);

  /** Handles a notification; it is never answered, so exceptions are only logged. */
  void onNotification(JsonRpcRequest notification);

  /**
   * Handles a response to a request this side sent; one nobody awaits any more is only logged.
   *
   * @return whether a pending request took it
   */
  default boolean onResponse(Incoming.Response response) {
    return false;
  }
}
