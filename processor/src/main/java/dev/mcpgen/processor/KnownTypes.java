package dev.mcpgen.processor;

import dev.mcpgen.processor.TypeModel.BooleanType;
import dev.mcpgen.processor.TypeModel.IntegerType;
import dev.mcpgen.processor.TypeModel.NumberType;
import dev.mcpgen.processor.TypeModel.StringType;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The JDK types with a JSON form of their own, by qualified name. */
final class KnownTypes {
  private static final Map<String, TypeModel> SCALARS = Map.ofEntries(
      Map.entry("java.lang.Boolean", new BooleanType()),
      Map.entry("java.lang.Byte", integer(Byte.MIN_VALUE, Byte.MAX_VALUE)),
      Map.entry("java.lang.Short", integer(Short.MIN_VALUE, Short.MAX_VALUE)),
      Map.entry("java.lang.Integer", integer(Integer.MIN_VALUE, Integer.MAX_VALUE)),
      Map.entry("java.lang.Long", integer(Long.MIN_VALUE, Long.MAX_VALUE)),
      Map.entry("java.math.BigInteger", new IntegerType(null, null)),
      Map.entry("java.lang.Float", new NumberType()),
      Map.entry("java.lang.Double", new NumberType()),
      Map.entry("java.math.BigDecimal", new NumberType()),
      Map.entry("java.lang.Character", new StringType(null, 1, false)),
      Map.entry("java.lang.String", StringType.plain()),
      Map.entry("java.time.LocalDate", format("date")),
      Map.entry("java.time.LocalTime", format("time")),
      Map.entry("java.time.LocalDateTime", format("date-time")),
      Map.entry("java.time.Instant", format("date-time")),
      Map.entry("java.time.OffsetDateTime", format("date-time")),
      Map.entry("java.time.ZonedDateTime", format("date-time")),
      Map.entry("java.time.Duration", format("duration")),
      Map.entry("java.util.UUID", format("uuid")),
      Map.entry("java.net.URI", format("uri")));

  /** {@code OptionalInt} and friends, by the box of what they hold. */
  private static final Map<String, String> OPTIONAL_PRIMITIVES = Map.of(
      "java.util.OptionalInt", "java.lang.Integer",
      "java.util.OptionalLong", "java.lang.Long",
      "java.util.OptionalDouble", "java.lang.Double");

  private static final Set<String> LISTS = Set.of(
      "java.lang.Iterable", "java.util.Collection", "java.util.List", "java.util.ArrayList",
      "java.util.LinkedList", "java.util.Deque", "java.util.ArrayDeque", "java.util.Queue");
  private static final Set<String> SETS = Set.of(
      "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.SortedSet",
      "java.util.NavigableSet", "java.util.TreeSet");
  private static final Set<String> MAPS = Set.of(
      "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.SortedMap",
      "java.util.NavigableMap", "java.util.TreeMap");

  /** Types a return value may have when it can be any JSON at all. */
  private static final Set<String> ANY_JSON = Set.of(
      "java.lang.Object", "tools.jackson.databind.JsonNode",
      "tools.jackson.databind.node.ObjectNode", "tools.jackson.databind.node.ArrayNode");

  private KnownTypes() {}

  /** The shape of a scalar type, primitive or declared; null if it is none. */
  static TypeModel scalar(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN: case BYTE: case SHORT: case INT: case LONG: case CHAR: case FLOAT: case DOUBLE:
        return SCALARS.get(box(type.getKind()));
      case DECLARED:
        return SCALARS.get(qualifiedName(type));
      default:
        return null;
    }
  }

  /** What an {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble} holds. */
  static TypeModel optionalPrimitive(String name) {
    String box = OPTIONAL_PRIMITIVES.get(name);
    return box == null ? null : SCALARS.get(box);
  }

  static boolean isAnyJson(String name) {
    return ANY_JSON.contains(name);
  }

  static boolean isList(String name) {
    return LISTS.contains(name);
  }

  static boolean isSet(String name) {
    return SETS.contains(name);
  }

  static boolean isMap(String name) {
    return MAPS.contains(name);
  }

  static String qualifiedName(TypeMirror declared) {
    return ((TypeElement) ((DeclaredType) declared).asElement()).getQualifiedName().toString();
  }

  /**
   * Identifies a type with its type arguments, ignoring type-use annotations, so that
   * {@code Node} and {@code @Nullable Node} are the same recursive type.
   */
  static String key(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return key(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.getKind().name();
    }
    var arguments = ((DeclaredType) type).getTypeArguments();
    return qualifiedName(type)
        + (arguments.isEmpty()
            ? ""
            : arguments.stream().map(KnownTypes::key).collect(Collectors.joining(",", "<", ">")));
  }

  private static String box(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> "java.lang.Boolean";
      case BYTE -> "java.lang.Byte";
      case SHORT -> "java.lang.Short";
      case INT -> "java.lang.Integer";
      case LONG -> "java.lang.Long";
      case CHAR -> "java.lang.Character";
      case FLOAT -> "java.lang.Float";
      default -> "java.lang.Double";
    };
  }

  private static TypeModel integer(long min, long max) {
    return new IntegerType(BigInteger.valueOf(min), BigInteger.valueOf(max));
  }

  private static TypeModel format(String format) {
    return new StringType(format, 0, false);
  }
}
