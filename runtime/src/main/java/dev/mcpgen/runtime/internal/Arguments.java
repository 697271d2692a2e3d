package dev.mcpgen.runtime.internal;

import dev.mcpgen.runtime.spi.ArgumentException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds the arguments of a tool call to the parameters of the tool method. Only generated
 * dispatch code calls this class; its methods may change with the processor.
 *
 * <p>Every method takes the call's arguments, the argument name and a {@code fallback}: the
 * parsed default value of the parameter (see {@link #json}), or {@code null} when it has none. An
 * argument that is absent or JSON {@code null} binds as its fallback, else as {@code null}, an
 * empty optional or, for primitives, an {@link ArgumentException}. Primitives and strings are read
 * straight from the tree; everything else goes through {@link Json#MAPPER}.
 *
 * <pre>{@code
 * int a = Arguments.intValue(arguments, "a", null);
 * List<Item> items = Arguments.value(arguments, "items", null, ITEMS_TYPE);
 * }</pre>
 */
public final class Arguments {
  private static final Set<Class<?>> INTEGERS = Set.of(
      byte.class, short.class, int.class, long.class,
      Byte.class, Short.class, Integer.class, Long.class, BigInteger.class);

  private Arguments() {}

  /** Parses a default value; generated code calls it once per parameter, at class load. */
  public static JsonNode json(String json) {
    return JsonTrees.read(json);
  }

  /** Binds a {@code boolean} parameter. */
  public static boolean booleanValue(ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = required(arguments, name, fallback);
    if (!node.isBoolean()) {
      throw mismatch(pointer(name), "boolean", node);
    }
    return node.booleanValue();
  }

  /** Binds a {@code byte} parameter. */
  public static byte byteValue(ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = required(arguments, name, fallback);
    return (byte) integral(node, name, Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  /** Binds a {@code short} parameter. */
  public static short shortValue(ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = required(arguments, name, fallback);
    return (short) integral(node, name, Short.MIN_VALUE, Short.MAX_VALUE);
  }

  /** Binds an {@code int} parameter. */
  public static int intValue(ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = required(arguments, name, fallback);
    return (int) integral(node, name, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Binds a {@code long} parameter. */
  public static long longValue(ObjectNode arguments, String name, JsonNode fallback) {
    return integral(required(arguments, name, fallback), name, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Binds a {@code float} parameter. */
  public static float floatValue(ObjectNode arguments, String name, JsonNode fallback) {
    return (float) number(required(arguments, name, fallback), name);
  }

  /** Binds a {@code double} parameter. */
  public static double doubleValue(ObjectNode arguments, String name, JsonNode fallback) {
    return number(required(arguments, name, fallback), name);
  }

  /** Binds a {@code char} parameter from a string of one character. */
  public static char charValue(ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = required(arguments, name, fallback);
    if (!node.isString() || node.stringValue().length() != 1) {
      throw mismatch(pointer(name), "string of one character", node);
    }
    return node.stringValue().charAt(0);
  }

  /** Binds a parameter of a non-generic type; {@code null} when absent without fallback. */
  public static <T> T value(ObjectNode arguments, String name, JsonNode fallback, Class<T> type) {
    JsonNode node = present(arguments, name, fallback);
    if (node == null) {
      return null;
    }
    if (type == String.class) {
      return type.cast(string(node, name));
    }
    return convert(node, name, tree -> Json.MAPPER.treeToValue(tree, type));
  }

  /** Binds a parameter of a generic type; {@code null} when absent without fallback. */
  public static <T> T value(
      ObjectNode arguments, String name, JsonNode fallback, TypeReference<T> type) {
    JsonNode node = present(arguments, name, fallback);
    return node == null ? null : convert(node, name, tree -> Json.MAPPER.treeToValue(tree, type));
  }

  /** Binds an {@code Optional} of a non-generic type. */
  public static <T> Optional<T> optional(
      ObjectNode arguments, String name, JsonNode fallback, Class<T> type) {
    return Optional.ofNullable(value(arguments, name, fallback, type));
  }

  /** Binds an {@code Optional} of a generic type. */
  public static <T> Optional<T> optional(
      ObjectNode arguments, String name, JsonNode fallback, TypeReference<T> type) {
    return Optional.ofNullable(value(arguments, name, fallback, type));
  }

  /** Binds an {@code OptionalInt}. */
  public static OptionalInt optionalInt(ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = present(arguments, name, fallback);
    return node == null
        ? OptionalInt.empty()
        : OptionalInt.of((int) integral(node, name, Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  /** Binds an {@code OptionalLong}. */
  public static OptionalLong optionalLong(ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = present(arguments, name, fallback);
    return node == null
        ? OptionalLong.empty()
        : OptionalLong.of(integral(node, name, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /** Binds an {@code OptionalDouble}. */
  public static OptionalDouble optionalDouble(
      ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = present(arguments, name, fallback);
    return node == null ? OptionalDouble.empty() : OptionalDouble.of(number(node, name));
  }

  /** The argument, else the fallback; {@code null} for both absent and JSON null. */
  private static JsonNode present(ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = arguments.get(name);
    if (node == null || node.isNull()) {
      node = fallback;
    }
    return node == null || node.isNull() ? null : node;
  }

  private static JsonNode required(ObjectNode arguments, String name, JsonNode fallback) {
    JsonNode node = present(arguments, name, fallback);
    if (node == null) {
      throw new ArgumentException(pointer(name), "required, got nothing");
    }
    return node;
  }

  private static String string(JsonNode node, String name) {
    if (!node.isString()) {
      throw mismatch(pointer(name), "string", node);
    }
    return node.stringValue();
  }

  private static double number(JsonNode node, String name) {
    if (!node.isNumber()) {
      throw mismatch(pointer(name), "number", node);
    }
    return node.doubleValue();
  }

  /** An integer in {@code [min, max]}; a number with a zero fraction such as 2.0 counts. */
  private static long integral(JsonNode node, String name, long min, long max) {
    BigInteger value = null;
    if (node.isIntegralNumber()) {
      value = node.bigIntegerValue();
    } else if (node.isNumber()) {
      BigDecimal decimal = node.decimalValue().stripTrailingZeros();
      value = decimal.scale() <= 0 ? decimal.toBigIntegerExact() : null;
    }
    if (value == null) {
      throw mismatch(pointer(name), "integer", node);
    }
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw mismatch(pointer(name), "integer between " + min + " and " + max, node);
    }
    return value.longValue();
  }

  private static <T> T convert(JsonNode node, String name, Function<JsonNode, T> conversion) {
    try {
      return conversion.apply(node);
    } catch (JacksonException e) {
      StringBuilder pointer = new StringBuilder(pointer(name));
      JsonNode offending = node;
      for (JacksonException.Reference reference : e.getPath()) {
        String property = reference.getPropertyName();
        int index = reference.getIndex();
        if (property != null) {
          pointer.append('/').append(escape(property));
          offending = offending == null ? null : offending.get(property);
        } else if (index >= 0) {
          pointer.append('/').append(index);
          offending = offending == null ? null : offending.get(index);
        }
      }
      throw problem(pointer.toString(), e, offending);
    }
  }

  private static ArgumentException problem(String pointer, JacksonException e, JsonNode node) {
    if (e instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null
        && node != null) {
      return mismatch(pointer, expected(mismatch.getTargetType()), node);
    }
    // A constructor or setter that rejects the value explains best why.
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message =
        cause instanceof JacksonException j ? j.getOriginalMessage() : cause.getMessage();
    return new ArgumentException(pointer, "invalid value: " + message);
  }

  private static ArgumentException mismatch(String pointer, String expected, JsonNode node) {
    return new ArgumentException(pointer, "expected " + expected + ", got " + describe(node));
  }

  /** The JSON Schema type a class binds from, or its simple name when that says more. */
  private static String expected(Class<?> type) {
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    if (type == String.class) {
      return "string";
    }
    if (INTEGERS.contains(type)) {
      return "integer";
    }
    if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
      return "number";
    }
    if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
      return "array";
    }
    return type.getSimpleName();
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "string " + abbreviate(node.toString());
      case NUMBER -> "number " + node;
      case BOOLEAN -> "boolean " + node;
      case ARRAY -> "array";
      case OBJECT -> "object";
      case NULL, MISSING -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String abbreviate(String json) {
    return json.length() <= 60 ? json : json.substring(0, 56) + "...\"";
  }

  /** The JSON pointer of an argument within the arguments object. */
  private static String pointer(String name) {
    return "/" + escape(name);
  }

  /** Escapes one JSON pointer step (RFC 6901). */
  private static String escape(String step) {
    return step.replace("~", "~0").replace("/", "~1");
  }
}
