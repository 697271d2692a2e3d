package dev.mcpgen.runtime.spi;

/**
 * An argument does not fit its parameter. The runtime reports it to the model as an
 * {@code isError} result naming the argument by JSON pointer, so the model can correct the call.
 */
public final class ArgumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String pointer;
  private final String problem;

  /**
   * @param pointer the JSON pointer of the offending value within the arguments, e.g. {@code /a}
   * @param problem what is wrong with it, e.g. {@code expected integer, got string}
   */
  public ArgumentException(String pointer, String problem) {
    super("Invalid argument " + pointer + ": " + problem);
    this.pointer = pointer;
    this.problem = problem;
  }

  /** The JSON pointer of the offending value, e.g. {@code /items/2/name}. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong with the value, e.g. {@code expected integer, got string "x"}. */
  public String problem() {
    return problem;
  }
}
