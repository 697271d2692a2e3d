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
}
