package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonArray;
import dev.mcpgen.processor.JsonValue.JsonObject;
import java.util.List;

/**
 * A validated {@code @McpIcon}.
 *
 * @param src its {@code https:} or {@code data:} URI
 * @param mimeType its MIME type, or null
 * @param sizes the sizes it suits, possibly none
 * @param theme {@code light}, {@code dark}, or null for any
 */
record IconModel(String src, String mimeType, List<String> sizes, String theme) {
  IconModel {
    sizes = List.copyOf(sizes);
  }

  /** {@code {"src": ..., "mimeType": ..., "sizes": [...], "theme": ...}}, without unset members. */
  JsonObject toJson() {
    JsonObject.Builder json = JsonObject.builder().put("src", src);
    if (mimeType != null) {
      json.put("mimeType", mimeType);
    }
    if (!sizes.isEmpty()) {
      json.put("sizes", JsonArray.ofStrings(sizes));
    }
    if (theme != null) {
      json.put("theme", theme);
    }
    return json.build();
  }
}
