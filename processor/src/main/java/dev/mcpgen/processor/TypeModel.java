package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonObject;
import java.math.BigInteger;
import java.util.List;

/**
 * The JSON shape of a Java type: what its schema says and what a default value must fit. Built
 * once per use by {@link TypeValidator}; plain data, no javac types.
 */
sealed interface TypeModel {
  /** How diagnostics name this shape, e.g. "an integer". */
  String shape();

  /** {@code boolean} or {@code Boolean}. */
  record BooleanType() implements TypeModel {
    @Override
    public String shape() {
      return "a boolean";
    }
  }

  /** An integral type; {@code min}/{@code max} bound it ({@code null} for BigInteger). */
  record IntegerType(BigInteger min, BigInteger max) implements TypeModel {
    @Override
    public String shape() {
      return "an integer";
    }
  }

  /** A floating-point or decimal type. */
  record NumberType() implements TypeModel {
    @Override
    public String shape() {
      return "a number";
    }
  }

  /**
   * A string: {@code format} is a JSON Schema format or null; {@code length} is 1 for
   * {@code char}, else 0 (any length); {@code base64} for {@code byte[]}.
   */
  record StringType(String format, int length, boolean base64) implements TypeModel {
    static StringType plain() {
      return new StringType(null, 0, false);
    }

    @Override
    public String shape() {
      return "a string";
    }
  }

  /** An enum, as the JSON names of its constants in declaration order. */
  record EnumType(List<String> values) implements TypeModel {
    public EnumType {
      values = List.copyOf(values);
    }

    @Override
    public String shape() {
      return "an enum";
    }
  }

  /** An array, collection or iterable; {@code unique} for sets. */
  record ArrayType(TypeModel items, boolean unique) implements TypeModel {
    @Override
    public String shape() {
      return "an array";
    }
  }

  /** A {@code Map<String, V>}. */
  record MapType(TypeModel values) implements TypeModel {
    @Override
    public String shape() {
      return "a map";
    }
  }

  /**
   * A record or bean. {@code key} identifies the Java type (with its type arguments) and
   * {@code name} is its simple name, for {@code $defs}.
   */
  record ObjectType(String key, String name, List<Property> properties)
      implements TypeModel {
    public ObjectType {
      properties = List.copyOf(properties);
    }

    @Override
    public String shape() {
      return "an object";
    }
  }

  /**
   * Any JSON value: {@code Object} or a Jackson {@code JsonNode} in a return value, where the
   * schema only describes (arguments never bind to it).
   */
  record AnyType() implements TypeModel {
    @Override
    public String shape() {
      return "any JSON value";
    }
  }

  /** A reference to an enclosing {@link ObjectType} of the same {@code key}: recursion. */
  record RefType(String key) implements TypeModel {
    @Override
    public String shape() {
      return "an object";
    }
  }

  /**
   * A property of an object, or a tool argument.
   *
   * @param name the JSON name
   * @param type its shape
   * @param required whether the JSON must have it
   * @param description what it means, or null
   * @param constraints validation keywords from Bean Validation annotations (may be empty)
   */
  record Property(
      String name, TypeModel type, boolean required, String description, JsonObject constraints) {}
}
