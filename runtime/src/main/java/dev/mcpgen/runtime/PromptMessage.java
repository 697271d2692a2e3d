package dev.mcpgen.runtime;

import java.util.Objects;

/**
 * One message of a prompt: who says it and what.
 *
 * <pre>{@code
 * return List.of(PromptMessage.user("Review this code:\n" + code),
 *     PromptMessage.assistant("Sure, let me look."));
 * }</pre>
 *
 * @param role the speaker
 * @param content what is said
 */
public record PromptMessage(Role role, Content content) {
  /** Who speaks a message. */
  public enum Role {
    USER("user"),
    ASSISTANT("assistant");

    private final String wire;

    Role(String wire) {
      this.wire = wire;
    }

    /** The role as the protocol spells it. */
    public String wire() {
      return wire;
    }
  }

  public PromptMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  /** A text message of the user. */
  public static PromptMessage user(String text) {
    return new PromptMessage(Role.USER, Content.text(text));
  }

  /** A text message of the assistant. */
  public static PromptMessage assistant(String text) {
    return new PromptMessage(Role.ASSISTANT, Content.text(text));
  }
}
