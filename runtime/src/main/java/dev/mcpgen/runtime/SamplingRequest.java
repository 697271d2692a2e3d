package dev.mcpgen.runtime;

import java.util.List;
import java.util.Objects;

/**
 * A request to the client to sample its language model ({@code sampling/createMessage}).
 *
 * <pre>{@code
 * SamplingResult answer = ctx.sample(SamplingRequest.of("Summarize: " + text).maxTokens(200));
 * }</pre>
 *
 * @param messages the conversation to continue
 * @param maxTokens the most tokens the client should sample
 * @param systemPrompt a system prompt the client may use, or {@code null}
 * @param temperature the sampling temperature, or {@code null}
 * @param stopSequences sequences that end sampling
 * @param modelHints model names the server would prefer, best first (the client decides)
 */
public record SamplingRequest(List<PromptMessage> messages, int maxTokens, String systemPrompt,
    Double temperature, List<String> stopSequences, List<String> modelHints) {
  public SamplingRequest {
    messages = List.copyOf(messages);
    stopSequences = List.copyOf(stopSequences);
    modelHints = List.copyOf(modelHints);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("A sampling request needs at least one message");
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be positive, got " + maxTokens);
    }
  }

  /** One user message asking for at most 1,000 tokens. */
  public static SamplingRequest of(String userText) {
    return of(List.of(PromptMessage.user(Objects.requireNonNull(userText, "userText"))));
  }

  /** The conversation {@code messages}, asking for at most 1,000 tokens. */
  public static SamplingRequest of(List<PromptMessage> messages) {
    return new SamplingRequest(messages, 1000, null, null, List.of(), List.of());
  }

  /** This request with another token limit. */
  public SamplingRequest maxTokens(int limit) {
    return new SamplingRequest(messages, limit, systemPrompt, temperature, stopSequences,
        modelHints);
  }

  /** This request with a system prompt. */
  public SamplingRequest systemPrompt(String prompt) {
    return new SamplingRequest(messages, maxTokens, prompt, temperature, stopSequences,
        modelHints);
  }

  /** This request with a sampling temperature. */
  public SamplingRequest temperature(double value) {
    return new SamplingRequest(messages, maxTokens, systemPrompt, value, stopSequences,
        modelHints);
  }

  /** This request with sequences that end sampling. */
  public SamplingRequest stopSequences(List<String> sequences) {
    return new SamplingRequest(messages, maxTokens, systemPrompt, temperature, sequences,
        modelHints);
  }

  /** This request preferring the models named, best first. */
  public SamplingRequest modelHints(List<String> names) {
    return new SamplingRequest(messages, maxTokens, systemPrompt, temperature, stopSequences,
        names);
  }
}
