package dev.mcpgen.runtime;

/**
 * Thrown by a tool to report a failure the model should see and can act on. The message becomes
 * the text of an {@code isError: true} result; other exceptions are masked and logged.
 */
public class ToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ToolException(String message) {
    super(message);
  }

  public ToolException(String message, Throwable cause) {
    super(message, cause);
  }
}
