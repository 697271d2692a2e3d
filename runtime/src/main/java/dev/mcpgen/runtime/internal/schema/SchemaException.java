package dev.mcpgen.runtime.internal.schema;

/** A schema the validator cannot compile; the message points into the schema. */
public final class SchemaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SchemaException(String at, String problem) {
    super("schema " + at + ": " + problem);
  }
}
