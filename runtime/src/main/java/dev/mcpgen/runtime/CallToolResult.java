package dev.mcpgen.runtime;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The complete result of a tool call. Tools usually return plain values and let the generated
 * code build this; return one yourself to send several pieces of content or an error.
 *
 * @param content the unstructured content, possibly empty
 * @param structuredContent the structured result (a JSON object), or {@code null}
 * @param isError whether the call failed in a way the model should see
 */
public record CallToolResult(List<Content> content, JsonNode structuredContent, boolean isError) {
  public CallToolResult {
    content = List.copyOf(Objects.requireNonNull(content, "content"));
  }

  /** A successful result holding {@code content}. */
  public static CallToolResult of(Content... content) {
    return new CallToolResult(List.of(content), null, false);
  }

  /** A successful result holding one text. */
  public static CallToolResult text(String text) {
    return of(Content.text(text));
  }

  /** A successful result with no content, as for a {@code void} tool. */
  public static CallToolResult empty() {
    return of();
  }

  /**
   * A successful structured result: {@code structured} as {@code structuredContent}, and its JSON
   * text as content for clients that read only text.
   */
  public static CallToolResult structured(JsonNode structured) {
    return new CallToolResult(List.of(Content.text(structured.toString())), structured, false);
  }

  /** A failed call, with a message the model can act on. */
  public static CallToolResult error(String message) {
    return new CallToolResult(List.of(Content.text(message)), null, true);
  }
}
