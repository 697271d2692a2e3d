package dev.mcpgen.runtime.internal.jsonrpc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads the JSON-RPC 2.0 envelope of one message: what kind it is, its id, method and params. */
final class Envelope {
  private Envelope() {}

  static Incoming read(JsonNode message) {
    if (!message.isObject()) {
      return invalid(null, "a message must be a JSON object");
    }
    JsonNode id = message.get("id");
    boolean idValid = id == null || isValidId(id);
    JsonNode knownId = idValid ? id : null;
    JsonNode version = message.get("jsonrpc");
    if (version == null || !version.isString() || !version.stringValue().equals("2.0")) {
      return invalid(knownId, "\"jsonrpc\" must be \"2.0\"");
    }
    if (!idValid) {
      return invalid(null, "\"id\" must be a string or a number");
    }
    JsonNode method = message.get("method");
    if (method == null) {
      return id != null && (message.has("result") || message.has("error"))
          ? new Incoming.Response(id, message.get("result"), message.get("error"))
          : invalid(id, "missing \"method\"");
    }
    if (!method.isString()) {
      return invalid(id, "\"method\" must be a string");
    }
    return request(id, method.stringValue(), message.get("params"));
  }

  private static Incoming request(JsonNode id, String method, JsonNode params) {
    // Some clients write an absent params as null; that means no params, not bad ones.
    if (params == null || params.isNull()) {
      return new JsonRpcRequest(id, method, JsonNodeFactory.instance.objectNode());
    }
    if (!params.isObject()) {
      return invalid(id, "\"params\" must be an object");
    }
    return new JsonRpcRequest(id, method, (ObjectNode) params);
  }

  /**
   * MCP ids are strings or numbers (never null). An infinite number (say 1e400) could not be
   * written back as the same JSON, so it is not an id either.
   */
  private static boolean isValidId(JsonNode id) {
    return id.isString() || (id.isNumber() && Double.isFinite(id.doubleValue()));
  }

  private static Incoming invalid(JsonNode id, String detail) {
    return new Incoming.Invalid(id, JsonRpcError.invalidRequest(detail));
  }
}
