package dev.mcpgen.runtime.internal.schema;

/**
 * One way a value breaks its schema.
 *
 * @param pointer the JSON pointer of the offending value, {@code ""} for the whole value
 * @param problem what is wrong, e.g. {@code expected integer, got string "x"}
 */
public record Violation(String pointer, String problem) {
  /** {@code /b: expected integer, got string "x"}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(root)" : pointer) + ": " + problem;
  }
}
