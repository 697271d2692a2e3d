package dev.mcpgen.testkit;

import dev.mcpgen.runtime.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The result of a {@code tools/call}, as the client received it. Read it directly or assert on
 * it with {@link McpAssertions#assertThat(ToolResult)}.
 *
 * <pre>{@code
 * ToolResult result = client.callTool("convert_temperature", Map.of(...));
 * Temperature t = result.structuredContent(Temperature.class);
 * }</pre>
 */
public final class ToolResult {
  private final JsonNode json;

  ToolResult(JsonNode json) {
    this.json = json;
  }

  /** Whether the tool reported a failure ({@code isError: true}). */
  public boolean isError() {
    return json.path("isError").asBoolean(false);
  }

  /** The content items, each as sent ({@code {"type":"text","text":"…"}} and so on). */
  public List<JsonNode> content() {
    List<JsonNode> items = new ArrayList<>();
    json.path("content").forEach(items::add);
    return items;
  }

  /** The text of every text content item, joined by line breaks; empty when there is none. */
  public String text() {
    return content().stream()
        .filter(item -> item.path("type").asString("").equals("text"))
        .map(item -> item.path("text").asString(""))
        .collect(Collectors.joining("\n"));
  }

  /** The structured content, or {@code null} when the result has none. */
  public JsonNode structuredContent() {
    return json.get("structuredContent");
  }

  /**
   * The structured content read as {@code type}, e.g. a record of the tool's result.
   *
   * @throws IllegalStateException when the result has no structured content
   */
  public <T> T structuredContent(Class<T> type) {
    JsonNode structured = structuredContent();
    if (structured == null) {
      throw new IllegalStateException("The result has no structuredContent: " + json);
    }
    return Json.MAPPER.treeToValue(structured, type);
  }

  /** The whole result object. */
  public JsonNode json() {
    return json;
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
