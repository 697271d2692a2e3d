package dev.mcpgen.runtime.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The {@code type} keyword: one type name or an array of them. */
final class TypeCheck {
  private static final Set<String> NAMES =
      Set.of("string", "integer", "number", "boolean", "object", "array", "null");

  private final List<String> types;

  private TypeCheck(List<String> types) {
    this.types = types;
  }

  static TypeCheck of(JsonNode type, String at) {
    List<String> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(name -> types.add(name(name, at)));
    } else {
      types.add(name(type, at));
    }
    if (types.isEmpty()) {
      throw new SchemaException(at, "expected at least one type");
    }
    return new TypeCheck(List.copyOf(types));
  }

  private static String name(JsonNode name, String at) {
    if (!name.isString() || !NAMES.contains(name.stringValue())) {
      throw new SchemaException(at, "expected one of " + NAMES + ", got " + name);
    }
    return name.stringValue();
  }

  boolean accepts(JsonNode value) {
    for (String type : types) {
      if (is(type, value)) {
        return true;
      }
    }
    return false;
  }

  /** {@code expected integer or null, got string "x"}. */
  String problem(JsonNode value) {
    return "expected " + String.join(" or ", types) + ", got " + JsonValues.describe(value);
  }

  private static boolean is(String type, JsonNode value) {
    switch (type) {
      case "string":
        return value.isString();
      case "integer":
        return JsonValues.isInteger(value);
      case "number":
        return value.isNumber();
      case "boolean":
        return value.isBoolean();
      case "object":
        return value.isObject();
      case "array":
        return value.isArray();
      default:
        return value.isNull();
    }
  }
}
