package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.Icon;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Icons on the wire: {@code [{"src", "mimeType", "sizes", "theme"}]}, unset members left out. */
final class IconJson {
  private IconJson() {}

  static ArrayNode write(List<Icon> icons) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Icon icon : icons) {
      ObjectNode json = array.addObject().put("src", icon.src());
      if (icon.mimeType() != null) {
        json.put("mimeType", icon.mimeType());
      }
      if (!icon.sizes().isEmpty()) {
        ArrayNode sizes = json.putArray("sizes");
        icon.sizes().forEach(sizes::add);
      }
      if (icon.theme() != null) {
        json.put("theme", icon.theme());
      }
    }
    return array;
  }
}
