package dev.mcpgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.Content;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultsTest {
  enum Unit {
    KELVIN
  }

  record Point(int x, Optional<String> label, String note) {}

  @Test
  void textIsText() {
    assertEquals(CallToolResult.text("hi"), Results.text("hi"));
  }

  @Test
  void nullIsAnEmptyResult() {
    assertEquals(CallToolResult.empty(), Results.text(null));
    assertEquals(CallToolResult.empty(), Results.value(null));
    assertEquals(CallToolResult.empty(), Results.value(Optional.empty()));
    assertEquals(CallToolResult.empty(), Results.structured(null));
    assertEquals(CallToolResult.empty(), Results.content(null));
    assertEquals(CallToolResult.empty(), Results.contents(null));
    assertEquals(CallToolResult.empty(), Results.result(null));
  }

  @Test
  void valuesAreTheTextOfTheirJson() {
    assertEquals(CallToolResult.text("5"), Results.value(5L));
    assertEquals(CallToolResult.text("[\"a\",\"b\"]"), Results.value(List.of("a", "b")));
    assertEquals(CallToolResult.text("KELVIN"), Results.value(Unit.KELVIN));
  }

  @Test
  void aRecordIsStructuredWithoutItsAbsentProperties() {
    CallToolResult result = Results.structured(new Point(1, Optional.empty(), null));
    assertEquals("{\"x\":1}", result.structuredContent().toString());
    assertEquals(List.of(Content.text("{\"x\":1}")), result.content());
    assertFalse(result.isError());
    assertEquals(
        "{\"x\":1,\"label\":\"a\",\"note\":\"b\"}",
        Results.structured(new Point(1, Optional.of("a"), "b")).structuredContent().toString());
  }

  @Test
  void contentPassesThrough() {
    Content image = Content.image(new byte[] {1}, "image/png");
    assertEquals(CallToolResult.of(image), Results.content(image));
    assertEquals(
        CallToolResult.of(Content.text("a"), image),
        Results.contents(List.of(Content.text("a"), image)));
    CallToolResult error = CallToolResult.error("no");
    assertSame(error, Results.result(error));
    assertNull(Results.text("x").structuredContent());
  }
}
