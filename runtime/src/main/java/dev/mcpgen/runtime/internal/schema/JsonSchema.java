package dev.mcpgen.runtime.internal.schema;

import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema compiled once into a tree of checks, for validating tool arguments before they
 * reach the tool. It supports the keywords generated schemas use: {@code type}, {@code enum},
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code minProperties},
 * {@code maxProperties}, {@code items}, {@code uniqueItems}, {@code minItems}, {@code maxItems},
 * {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum},
 * {@code minLength}, {@code maxLength}, {@code pattern}, {@code format} (date, time, date-time,
 * duration, uuid, uri, email) and local {@code $ref}s such as {@code #/$defs/Item}. Other keywords
 * are annotations to it and are ignored.
 *
 * <pre>{@code
 * JsonSchema schema = JsonSchema.compile(inputSchema);
 * Violations violations = schema.validate(arguments);
 * }</pre>
 */
public final class JsonSchema {
  /** How many violations one validation reports at most. */
  public static final int MAX_VIOLATIONS = 10;

  private final Check root;

  private JsonSchema(Check root) {
    this.root = root;
  }

  /**
   * Compiles {@code schema}.
   *
   * @throws SchemaException when a supported keyword is malformed or a {@code $ref} cannot be
   *     resolved; the message points at the culprit
   */
  public static JsonSchema compile(JsonNode schema) {
    return new JsonSchema(new SchemaCompiler(schema).compileRoot());
  }

  /** Validates {@code value}; thread-safe. */
  public Violations validate(JsonNode value) {
    Violations violations = new Violations(MAX_VIOLATIONS);
    root.check(value, Path.ROOT, violations);
    return violations;
  }
}
