package dev.mcpgen.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@code prompts/get}.
 *
 * @param description a description of the prompt, or {@code null}
 * @param messages the prompt's messages
 */
public record GetPromptResult(String description, List<PromptMessage> messages) {
  public GetPromptResult {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
  }

  /** A result of {@code messages}, without a description. */
  public static GetPromptResult of(PromptMessage... messages) {
    return new GetPromptResult(null, List.of(messages));
  }

  /** A result of one user message holding {@code text}. */
  public static GetPromptResult text(String text) {
    return of(PromptMessage.user(text));
  }
}
