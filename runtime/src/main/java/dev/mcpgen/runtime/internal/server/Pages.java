package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cursor pagination of list results ({@code tools/list}, {@code resources/list},
 * {@code resources/templates/list}, {@code prompts/list}). A cursor is opaque to clients; inside
 * it is the list's name and the offset of the next page.
 */
public final class Pages {
  private Pages() {}

  /**
   * The page of {@code items} that {@code cursor} starts, as {@code {key: [...], nextCursor}}.
   *
   * @param cursor the request's {@code cursor} parameter, or {@code null} for the first page
   * @throws JsonRpcError invalid params when the cursor is not one this list issued
   */
  public static ObjectNode page(List<? extends JsonNode> items, String key, JsonNode cursor,
      int pageSize) {
    int from = offset(cursor, key, items.size());
    int to = Math.min(items.size(), from + pageSize);
    ObjectNode page = JsonNodeFactory.instance.objectNode();
    ArrayNode array = page.putArray(key);
    items.subList(from, to).forEach(array::add);
    if (to < items.size()) {
      page.put("nextCursor", encode(key, to));
    }
    return page;
  }

  private static int offset(JsonNode cursor, String key, int size) {
    if (cursor == null || cursor.isNull()) {
      return 0;
    }
    if (!cursor.isString()) {
      throw JsonRpcError.invalidParams("Invalid cursor: expected a string, got " + cursor);
    }
    int offset = decode(cursor.stringValue(), key);
    if (offset <= 0 || offset >= size) {
      throw invalid();
    }
    return offset;
  }

  private static String encode(String key, int offset) {
    byte[] bytes = (key + ":" + offset).getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static int decode(String cursor, String key) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!decoded.startsWith(key + ":")) {
        throw invalid();
      }
      return Integer.parseInt(decoded.substring(key.length() + 1));
    } catch (IllegalArgumentException e) {
      // Also catches NumberFormatException.
      throw invalid();
    }
  }

  private static JsonRpcError invalid() {
    return JsonRpcError.invalidParams(
        "Invalid cursor: pass a nextCursor from an earlier answer, or none for the first page");
  }
}
