package dev.mcpgen.runtime.internal.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads keyword values out of a schema object, rejecting malformed ones with a pointer to them:
 * a schema that says {@code "minimum": "1"} is a bug to report at start-up, not to ignore.
 */
final class Keywords {
  private Keywords() {}

  /** A number keyword, or {@code null} when absent. */
  static BigDecimal number(JsonNode schema, String keyword, String at) {
    JsonNode value = schema.get(keyword);
    if (value == null) {
      return null;
    }
    if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
      throw new SchemaException(at + "/" + keyword, "expected a number, got " + value);
    }
    return value.decimalValue();
  }

  /** A non-negative integer keyword such as {@code minLength}, or {@code null} when absent. */
  static Integer count(JsonNode schema, String keyword, String at) {
    JsonNode value = schema.get(keyword);
    if (value == null) {
      return null;
    }
    if (!JsonValues.isInteger(value) || !value.canConvertToInt() || value.intValue() < 0) {
      throw new SchemaException(at + "/" + keyword,
          "expected a non-negative integer, got " + value);
    }
    return value.intValue();
  }

  /** A boolean keyword such as {@code uniqueItems}; {@code false} when absent. */
  static boolean flag(JsonNode schema, String keyword, String at) {
    JsonNode value = schema.get(keyword);
    if (value != null && !value.isBoolean()) {
      throw new SchemaException(at + "/" + keyword, "expected true or false, got " + value);
    }
    return value != null && value.booleanValue();
  }

  /** A string keyword such as {@code pattern}, or {@code null} when absent. */
  static String string(JsonNode schema, String keyword, String at) {
    JsonNode value = schema.get(keyword);
    if (value != null && !value.isString()) {
      throw new SchemaException(at + "/" + keyword, "expected a string, got " + value);
    }
    return value == null ? null : value.stringValue();
  }

  /** An array-of-strings keyword such as {@code required}; empty when absent. */
  static List<String> strings(JsonNode schema, String keyword, String at) {
    JsonNode value = schema.get(keyword);
    List<String> strings = new ArrayList<>();
    if (value == null) {
      return strings;
    }
    if (!value.isArray()) {
      throw new SchemaException(at + "/" + keyword, "expected an array of strings");
    }
    for (JsonNode item : value) {
      if (!item.isString()) {
        throw new SchemaException(at + "/" + keyword, "expected strings, got " + item);
      }
      strings.add(item.stringValue());
    }
    return strings;
  }
}
