package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonArray;
import dev.mcpgen.processor.JsonValue.JsonBoolean;
import dev.mcpgen.processor.JsonValue.JsonNumber;
import dev.mcpgen.processor.JsonValue.JsonObject;
import dev.mcpgen.processor.JsonValue.JsonString;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes {@link JsonValue}s as JSON text: compact for constants, pretty for manifests. */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final String indent;

  private JsonWriter(String indent) {
    this.indent = indent;
  }

  /** No whitespace at all. */
  static String compact(JsonValue value) {
    return new JsonWriter(null).write(value, 0).out.toString();
  }

  /** Two-space indentation and a final newline, for files people read in reviews. */
  static String pretty(JsonValue value) {
    return new JsonWriter("  ").write(value, 0).out.append('\n').toString();
  }

  private JsonWriter write(JsonValue value, int depth) {
    if (value instanceof JsonObject object) {
      writeObject(object.members(), depth);
    } else if (value instanceof JsonArray array) {
      writeArray(array.elements(), depth);
    } else if (value instanceof JsonString string) {
      writeString(string.value());
    } else if (value instanceof JsonNumber number) {
      out.append(number.value().toString());
    } else if (value instanceof JsonBoolean bool) {
      out.append(bool.value());
    } else {
      out.append("null");
    }
    return this;
  }

  private void writeObject(Map<String, JsonValue> members, int depth) {
    out.append('{');
    Iterator<Map.Entry<String, JsonValue>> it = members.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonValue> member = it.next();
      newline(depth + 1);
      writeString(member.getKey());
      out.append(indent == null ? ":" : ": ");
      write(member.getValue(), depth + 1);
      if (it.hasNext()) {
        out.append(',');
      }
    }
    if (!members.isEmpty()) {
      newline(depth);
    }
    out.append('}');
  }

  private void writeArray(List<JsonValue> list, int depth) {
    // Scalars stay on one line even when pretty: "required": ["a", "b"] reads best in reviews.
    if (indent != null && list.stream().noneMatch(JsonWriter::isContainer)) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        write(list.get(i), depth).out.append(i + 1 < list.size() ? ", " : "");
      }
      out.append(']');
      return;
    }
    Iterator<JsonValue> elements = list.iterator();
    out.append('[');
    boolean any = elements.hasNext();
    while (elements.hasNext()) {
      newline(depth + 1);
      write(elements.next(), depth + 1);
      if (elements.hasNext()) {
        out.append(',');
      }
    }
    if (any) {
      newline(depth);
    }
    out.append(']');
  }

  private static boolean isContainer(JsonValue value) {
    return value instanceof JsonObject || value instanceof JsonArray;
  }

  private void newline(int depth) {
    if (indent != null) {
      out.append('\n').append(indent.repeat(depth));
    }
  }

  private void writeString(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
