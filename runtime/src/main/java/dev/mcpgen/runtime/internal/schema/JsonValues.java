package dev.mcpgen.runtime.internal.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** What the validator needs to know about JSON values beyond Jackson's node API. */
final class JsonValues {
  private static final int MAX_SHOWN_STRING = 60;

  private JsonValues() {}

  /** A number with no fractional part, however it is written: {@code 2} and {@code 2.0}. */
  static boolean isInteger(JsonNode value) {
    if (value.isIntegralNumber()) {
      return true;
    }
    if (value.isDouble() || value.isFloat()) {
      double d = value.doubleValue();
      return Double.isFinite(d) && d == Math.rint(d);
    }
    return value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  /** Compares a number node with {@code bound}, exactly; infinities compare as such. */
  static int compare(JsonNode number, BigDecimal bound) {
    if (isInfinite(number)) {
      return number.doubleValue() > 0 ? 1 : -1;
    }
    return number.decimalValue().compareTo(bound);
  }

  /** A value as a model reads it in an error message: {@code string "x"}, {@code number 5}. */
  static String describe(JsonNode value) {
    switch (value.getNodeType()) {
      case STRING:
        String json = value.toString();
        return "string "
            + (json.length() <= MAX_SHOWN_STRING ? json : json.substring(0, 56) + "...\"");
      case NUMBER:
        return "number " + number(value);
      case BOOLEAN:
        return "boolean " + value;
      case ARRAY:
        return "array";
      case OBJECT:
        return "object";
      default:
        return "null";
    }
  }

  /** A number as JSON writes it, and an overflowed one (1e400) as {@code Infinity}. */
  static String number(JsonNode number) {
    return isInfinite(number) ? Double.toString(number.doubleValue()) : number.toString();
  }

  /**
   * A string equal for equal JSON values, as JSON Schema defines equality for {@code enum} and
   * {@code uniqueItems}: numbers by value ({@code 1} equals {@code 1.0}), objects whatever their
   * property order.
   */
  static String canonical(JsonNode value) {
    switch (value.getNodeType()) {
      case NUMBER:
        return "#" + canonicalNumber(value);
      case ARRAY:
        List<String> items = new ArrayList<>(value.size());
        value.forEach(item -> items.add(canonical(item)));
        return "[" + String.join(",", items) + "]";
      case OBJECT:
        List<String> properties = new ArrayList<>(value.size());
        for (Map.Entry<String, JsonNode> property : value.properties()) {
          properties.add(quote(property.getKey()) + ":" + canonical(property.getValue()));
        }
        properties.sort(null);
        return "{" + String.join(",", properties) + "}";
      default:
        return value.toString();
    }
  }

  private static String canonicalNumber(JsonNode number) {
    return isInfinite(number)
        ? Double.toString(number.doubleValue())
        : number.decimalValue().stripTrailingZeros().toString();
  }

  /** Jackson reads numbers beyond double's range as infinite doubles. */
  private static boolean isInfinite(JsonNode number) {
    return (number.isDouble() || number.isFloat()) && Double.isInfinite(number.doubleValue());
  }

  private static String quote(String text) {
    return JsonNodeFactory.instance.stringNode(text).toString();
  }
}
