package dev.mcpgen.runtime.spi;

import tools.jackson.databind.node.ObjectNode;

/**
 * An elicitation form: a record annotated {@code @McpForm}, with the restricted JSON Schema the
 * processor generated for it. Generated classes implement it and are found with
 * {@link java.util.ServiceLoader}.
 *
 * @param <T> the record
 */
public interface FormDefinition<T> {
  /** The record the form binds to. */
  Class<T> type();

  /** The {@code requestedSchema} of {@code elicitation/create}, as JSON text. */
  String schema();

  /**
   * Binds what the user entered to the record; the runtime has checked it against
   * {@link #schema()} first.
   *
   * @throws ArgumentException when a value does not fit its component
   */
  T bind(ObjectNode content);
}
