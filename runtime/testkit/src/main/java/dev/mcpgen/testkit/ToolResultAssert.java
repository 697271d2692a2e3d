package dev.mcpgen.testkit;

import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.JsonNode;

/**
 * Fluent assertions on a {@link ToolResult}; every failure names what was expected and shows
 * the whole result.
 *
 * <pre>{@code
 * assertThat(client.callTool("add", Map.of("a", 2, "b", 3))).isNotError().hasText("5");
 * assertThat(client.callTool("add", Map.of("a", "x"))).isError().textContains("/a");
 * }</pre>
 */
public final class ToolResultAssert {
  private final ToolResult actual;

  ToolResultAssert(ToolResult actual) {
    this.actual = actual;
  }

  /** The tool reported a failure ({@code isError: true}). */
  public ToolResultAssert isError() {
    if (!actual.isError()) {
      throw fail("Expected an error result", true, false);
    }
    return this;
  }

  /** The tool succeeded ({@code isError} absent or false). */
  public ToolResultAssert isNotError() {
    if (actual.isError()) {
      throw fail("Expected a successful result", false, true);
    }
    return this;
  }

  /** The result's text ({@link ToolResult#text()}) is exactly {@code expected}. */
  public ToolResultAssert hasText(String expected) {
    if (!actual.text().equals(expected)) {
      throw fail("Expected the text <" + expected + ">", expected, actual.text());
    }
    return this;
  }

  /** The result's text contains {@code expected}. */
  public ToolResultAssert textContains(String expected) {
    if (!actual.text().contains(expected)) {
      throw fail("Expected the text to contain <" + expected + ">", expected, actual.text());
    }
    return this;
  }

  /**
   * The structured content is the JSON {@code expectedJson}, numbers compared by value:
   * {@code hasStructuredContent("{\"value\":212,\"unit\":\"fahrenheit\"}")}.
   */
  public ToolResultAssert hasStructuredContent(String expectedJson) {
    JsonNode expected = JsonMatch.parse(expectedJson);
    JsonNode structured = actual.structuredContent();
    if (!JsonMatch.matches(expected, structured)) {
      throw fail("Expected the structured content " + expected, expected, structured);
    }
    return this;
  }

  private AssertionFailedError fail(String what, Object expected, Object was) {
    return new AssertionFailedError(what + " but the tool answered " + actual, expected, was);
  }
}
