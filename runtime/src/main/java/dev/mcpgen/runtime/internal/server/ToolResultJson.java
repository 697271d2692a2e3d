package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.Content;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link CallToolResult} as the MCP {@code CallToolResult} object, field by field: the
 * wire format is the protocol's, not whatever a reflective mapper makes of the records.
 */
public final class ToolResultJson {
  private ToolResultJson() {}

  /** {@code {"content":[…], "structuredContent":{…}, "isError":true}}, the last two if set. */
  public static ObjectNode of(CallToolResult result) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ArrayNode content = json.putArray("content");
    for (Content item : result.content()) {
      content.add(ContentJson.write(item));
    }
    if (result.structuredContent() != null) {
      json.set("structuredContent", result.structuredContent());
    }
    if (result.isError()) {
      json.put("isError", true);
    }
    return json;
  }
}
