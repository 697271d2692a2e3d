package dev.mcpgen.runtime;

import java.util.Objects;

/**
 * What the client's model answered to a {@link SamplingRequest}.
 *
 * @param role who the message is from, the assistant in practice
 * @param content the sampled content
 * @param model the model that answered
 * @param stopReason why sampling stopped ({@code endTurn}, {@code maxTokens}, ...), or
 *     {@code null}
 */
public record SamplingResult(PromptMessage.Role role, Content content, String model,
    String stopReason) {
  public SamplingResult {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  /** The sampled text, or {@code null} when the content is not text. */
  public String text() {
    return content instanceof Content.Text text ? text.text() : null;
  }
}
