package dev.mcpgen.runtime.spi;

/** A {@code prompts/get} named a prompt the server does not have. */
public final class UnknownPromptException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String prompt;

  public UnknownPromptException(String prompt) {
    super("Unknown prompt: " + prompt);
    this.prompt = prompt;
  }

  /** The name the client asked for. */
  public String prompt() {
    return prompt;
  }
}
