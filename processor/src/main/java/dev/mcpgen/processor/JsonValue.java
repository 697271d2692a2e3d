package dev.mcpgen.processor;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value: what schemas, tool definitions and manifests are built from. The processor has no
 * JSON library (users' processor paths stay small), and it needs only this much: build, parse
 * ({@link JsonParser}) and write, compact or pretty, with object members in insertion order.
 */
sealed interface JsonValue {
  JsonValue NULL = new JsonNull();
  JsonValue TRUE = new JsonBoolean(true);
  JsonValue FALSE = new JsonBoolean(false);

  static JsonValue of(String value) {
    return new JsonString(value);
  }

  static JsonValue of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  static JsonValue of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** The compact JSON text. */
  default String toJson() {
    return JsonWriter.compact(this);
  }

  /** An object; members keep their insertion order. */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public JsonObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    JsonValue get(String name) {
      return members.get(name);
    }

    static Builder builder() {
      return new Builder();
    }

    /** Collects members in order; a later {@code put} of the same name replaces the value. */
    static final class Builder {
      private final Map<String, JsonValue> members = new LinkedHashMap<>();

      Builder put(String name, JsonValue value) {
        members.put(name, value);
        return this;
      }

      Builder put(String name, String value) {
        return put(name, JsonValue.of(value));
      }

      Builder putAll(JsonObject other) {
        members.putAll(other.members());
        return this;
      }

      JsonObject build() {
        return new JsonObject(members);
      }
    }
  }

  /** An array. */
  record JsonArray(List<JsonValue> elements) implements JsonValue {
    public JsonArray {
      elements = List.copyOf(elements);
    }

    static JsonArray ofStrings(List<String> strings) {
      return new JsonArray(strings.stream().map(JsonValue::of).toList());
    }
  }

  /** A string. */
  record JsonString(String value) implements JsonValue {}

  /** A number, exactly as parsed or given. */
  record JsonNumber(BigDecimal value) implements JsonValue {
    boolean isIntegral() {
      return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
  }

  /** {@code true} or {@code false}. */
  record JsonBoolean(boolean value) implements JsonValue {}

  /** {@code null}. */
  record JsonNull() implements JsonValue {}
}
