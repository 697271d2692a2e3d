package dev.mcpgen.runtime.internal.jsonrpc;

import dev.mcpgen.runtime.internal.JsonTrees;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns bytes into JSON-RPC messages and messages into compact JSON bytes. */
public final class JsonRpcCodec {
  /** Deep enough for any real tool argument, shallow enough that no code recursing on it fails. */
  public static final int MAX_NESTING_DEPTH = 200;

  /** 16 Mi characters: room for a base64 image argument, not for exhausting memory. */
  public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

  private static final int MAX_DETAIL_LENGTH = 200;

  private JsonRpcCodec() {}

  /**
   * Parses one message or batch.
   *
   * @return the JSON, or {@code null} when {@code bytes} hold only whitespace
   * @throws JsonRpcError a parse error saying what is wrong with the bytes
   */
  public static JsonNode parse(byte[] bytes) {
    try {
      return JsonTrees.read(bytes, MAX_NESTING_DEPTH, MAX_STRING_LENGTH);
    } catch (JacksonException e) {
      throw JsonRpcError.parseError(detail(e));
    }
  }

  /** Compact UTF-8 JSON, which never contains a raw line break. */
  public static byte[] encode(JsonNode message) {
    return JsonTrees.write(message);
  }

  /** A success response. */
  public static ObjectNode response(JsonNode id, JsonNode result) {
    ObjectNode response = envelope();
    response.set("id", id);
    response.set("result", result);
    return response;
  }

  /** An error response; {@code id} is {@code null} when the request's id could not be read. */
  public static ObjectNode error(JsonNode id, JsonRpcError error) {
    ObjectNode response = envelope();
    response.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
    response.set("error", error.toJson());
    return response;
  }

  /** A notification. */
  public static ObjectNode notification(String method, ObjectNode params) {
    ObjectNode notification = envelope();
    notification.put("method", method);
    if (params != null) {
      notification.set("params", params);
    }
    return notification;
  }

  private static ObjectNode envelope() {
    return JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0");
  }

  /** Jackson's own words, without the location and source excerpt it appends. */
  private static String detail(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    for (String tail : new String[] {"\n", " (start marker at"}) {
      int cut = message.indexOf(tail);
      if (cut > 0) {
        message = message.substring(0, cut);
      }
    }
    return message.length() <= MAX_DETAIL_LENGTH
        ? message
        : message.substring(0, MAX_DETAIL_LENGTH) + "...";
  }
}
