package dev.mcpgen.runtime.spi;

/** A {@code tools/call} named a tool the server does not have. */
public final class UnknownToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String tool;

  public UnknownToolException(String tool) {
    super("Unknown tool: " + tool);
    this.tool = tool;
  }

  /** The name the client asked for. */
  public String tool() {
    return tool;
  }
}
