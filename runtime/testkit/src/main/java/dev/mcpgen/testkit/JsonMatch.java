package dev.mcpgen.testkit;

import dev.mcpgen.runtime.internal.Json;
import java.util.Comparator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * JSON equality as a reader means it: numbers equal by value ({@code 4}, {@code 4.0} and a
 * {@code long} 4 are one number), everything else as Jackson compares trees.
 */
final class JsonMatch {
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) ->
      a.isNumber() && b.isNumber()
          ? a.decimalValue().compareTo(b.decimalValue())
          : a.equals(b) ? 0 : 1;

  private JsonMatch() {}

  /** Whether {@code actual} is the JSON {@code expected}. */
  static boolean matches(JsonNode expected, JsonNode actual) {
    return actual != null && expected.equals(NUMBERS_BY_VALUE, actual);
  }

  /**
   * Parses an expectation written in a test.
   *
   * @throws IllegalArgumentException when it is not JSON, so the test, not the server, is fixed
   */
  static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The expected value is not JSON: " + json, e);
    }
  }
}
