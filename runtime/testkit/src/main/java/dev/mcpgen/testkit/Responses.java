package dev.mcpgen.testkit;

import dev.mcpgen.runtime.internal.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads the server's responses and writes the client's, JSON-RPC style. */
final class Responses {
  /** The client has no handler for a request the server sent. */
  static final int METHOD_NOT_FOUND = -32601;

  /** A handler broke: the test's bug, reported to the server as the client's internal error. */
  static final int INTERNAL_ERROR = -32603;

  private Responses() {}

  /**
   * The result of {@code response}.
   *
   * @throws McpRequestException when the server answered {@code method} with an error
   */
  static JsonNode resultOf(String method, JsonNode response) {
    JsonNode error = response.get("error");
    if (error != null) {
      throw new McpRequestException(error.path("code").asInt(), error.path("message").asString(),
          error.get("data"));
    }
    JsonNode result = response.get("result");
    if (result == null) {
      throw new IllegalStateException("The answer to " + method + " has neither result nor "
          + "error: " + response);
    }
    return result;
  }

  /** The error for a server request of {@code method} that no handler answers. */
  static ObjectNode noHandler(String method) {
    return new McpRequestException(METHOD_NOT_FOUND, "The test client has no handler for "
        + method + ": register one with onElicitation, onSampling or onRequest").toJson();
  }

  /** {@code response} completed with what {@code handler} makes of {@code params}. */
  static ObjectNode answer(ObjectNode response, String method, ServerRequestHandler handler,
      JsonNode params) {
    try {
      Object result = handler.handle(params);
      return response.set("result", result == null
          ? Json.MAPPER.createObjectNode()
          : Json.MAPPER.valueToTree(result));
    } catch (McpRequestException e) {
      return response.set("error", e.toJson());
    } catch (Exception e) {
      return response.set("error", new McpRequestException(INTERNAL_ERROR,
          "The test's handler for " + method + " failed: " + e).toJson());
    }
  }
}
