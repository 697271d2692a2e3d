package dev.mcpgen.processor;

import com.palantir.javapoet.TypeName;

/**
 * A parameter of a tool method: how the dispatch binds it and, unless it is the context, the
 * argument it publishes.
 *
 * @param binding how the generated code obtains the value
 * @param bindType the type to convert the argument to: the parameter type, or {@code T} of an
 *     {@code Optional<T>}; unused for primitives and the context
 * @param argument the published argument (name, schema, required, description, constraints); null
 *     for the context
 * @param defaultValue the default value, or null
 */
record ParamModel(
    Binding binding, TypeName bindType, TypeModel.Property argument, JsonValue defaultValue) {

  /** How generated code binds a parameter: one {@code Arguments} method per constant. */
  enum Binding {
    CONTEXT(null, null),
    BOOLEAN("booleanValue", JsonValue.FALSE),
    BYTE("byteValue", JsonValue.of(0)),
    SHORT("shortValue", JsonValue.of(0)),
    INT("intValue", JsonValue.of(0)),
    LONG("longValue", JsonValue.of(0)),
    CHAR("charValue", JsonValue.of("\0")),
    FLOAT("floatValue", JsonValue.of(0)),
    DOUBLE("doubleValue", JsonValue.of(0)),
    VALUE("value", null),
    OPTIONAL("optional", null),
    OPTIONAL_INT("optionalInt", null),
    OPTIONAL_LONG("optionalLong", null),
    OPTIONAL_DOUBLE("optionalDouble", null);

    private final String method;
    private final JsonValue zero;

    Binding(String method, JsonValue zero) {
      this.method = method;
      this.zero = zero;
    }

    /** The {@code Arguments} method that binds it. */
    String method() {
      return method;
    }

    /** Whether the method takes the target type as its last argument. */
    boolean takesType() {
      return this == VALUE || this == OPTIONAL;
    }
  }

  static ParamModel context() {
    return new ParamModel(Binding.CONTEXT, null, null, null);
  }

  /**
   * What binds when the argument is absent: the default value, or for an optional primitive its
   * zero (Java has no absent {@code int}); null when absence means null or empty.
   */
  JsonValue fallback() {
    if (defaultValue != null) {
      return defaultValue;
    }
    return argument != null && !argument.required() ? binding.zero : null;
  }
}
