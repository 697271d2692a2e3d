package dev.mcpgen.runtime.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.Content;
import java.util.Collection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a tool method returned into its {@link CallToolResult}. Only generated dispatch code
 * calls this class; which method it calls is decided at compile time from the return type, so
 * nothing here inspects types at run time. A {@code null} return value is always an empty result.
 */
public final class Results {
  private Results() {}

  /**
   * Leaves out null and empty-{@code Optional} properties: the output schema marks them as not
   * required, so omitting them keeps structured results valid against it (a {@code null} would
   * not be). In a holder, so a server whose tools return text never builds a mapper.
   */
  private static final class Output {
    static final JsonMapper MAPPER =
        Json.MAPPER
            .rebuild()
            .changeDefaultPropertyInclusion(
                inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_ABSENT))
            .build();
  }

  /** A {@code String} return value: its text. */
  public static CallToolResult text(String text) {
    return text == null ? CallToolResult.empty() : CallToolResult.text(text);
  }

  /**
   * A value that is not an object (a number, an enum, a list, a map...): the text of its JSON, or
   * the plain text when that JSON is a string.
   */
  public static CallToolResult value(Object value) {
    JsonNode json = value == null ? null : Output.MAPPER.valueToTree(value);
    if (json == null || json.isNull() || json.isMissingNode()) {
      return CallToolResult.empty();
    }
    return CallToolResult.text(json.isString() ? json.stringValue() : json.toString());
  }

  /** A record or bean: its JSON as {@code structuredContent} (and as text). */
  public static CallToolResult structured(Object value) {
    return value == null
        ? CallToolResult.empty()
        : CallToolResult.structured(Output.MAPPER.valueToTree(value));
  }

  /** One piece of content. */
  public static CallToolResult content(Content content) {
    return content == null ? CallToolResult.empty() : CallToolResult.of(content);
  }

  /** Several pieces of content, in order. */
  public static CallToolResult contents(Collection<? extends Content> contents) {
    return contents == null
        ? CallToolResult.empty()
        : CallToolResult.of(contents.toArray(new Content[0]));
  }

  /** A complete result, passed through. */
  public static CallToolResult result(CallToolResult result) {
    return result == null ? CallToolResult.empty() : result;
  }
}
