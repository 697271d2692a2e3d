package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonArray;
import dev.mcpgen.processor.JsonValue.JsonBoolean;
import dev.mcpgen.processor.JsonValue.JsonNumber;
import dev.mcpgen.processor.JsonValue.JsonObject;
import dev.mcpgen.processor.JsonValue.JsonString;
import dev.mcpgen.processor.TypeModel.ArrayType;
import dev.mcpgen.processor.TypeModel.BooleanType;
import dev.mcpgen.processor.TypeModel.EnumType;
import dev.mcpgen.processor.TypeModel.IntegerType;
import dev.mcpgen.processor.TypeModel.MapType;
import dev.mcpgen.processor.TypeModel.NumberType;
import dev.mcpgen.processor.TypeModel.ObjectType;
import dev.mcpgen.processor.TypeModel.Property;
import dev.mcpgen.processor.TypeModel.StringType;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Parses default values and checks them against their parameter's shape at compile time, so a
 * default that would fail at run time (or mislead a model) never gets published.
 */
final class DefaultValues {
  private DefaultValues() {}

  /**
   * The default as JSON. For string-shaped parameters (strings, enums, dates...) text that is not
   * a JSON string is taken literally: {@code "celsius"} and {@code celsius} mean the same.
   */
  static JsonValue parse(String text, TypeModel type) throws JsonParser.Failure {
    if (type instanceof StringType || type instanceof EnumType) {
      try {
        JsonValue value = JsonParser.parse(text);
        if (value instanceof JsonString) {
          return value;
        }
      } catch (JsonParser.Failure notJson) {
        // A bare word: the string itself.
      }
      return JsonValue.of(text);
    }
    return JsonParser.parse(text);
  }

  /** Why {@code value} does not fit {@code type}, or null when it does. */
  static String misfit(JsonValue value, TypeModel type) {
    return misfit(value, type, "");
  }

  private static String misfit(JsonValue value, TypeModel type, String at) {
    if (type instanceof BooleanType) {
      return value instanceof JsonBoolean ? null : expected("a boolean", value, at);
    }
    if (type instanceof IntegerType integer) {
      return integer(value, integer, at);
    }
    if (type instanceof NumberType) {
      return value instanceof JsonNumber ? null : expected("a number", value, at);
    }
    if (type instanceof StringType string) {
      boolean fits = value instanceof JsonString s
          && (string.length() == 0 || s.value().length() == string.length())
          && (string.format() == null || hasFormat(s.value(), string.format()));
      String what = string.length() == 1 ? "one character"
          : string.format() == null ? "a string" : "a string of format " + string.format();
      return fits ? null : expected(what, value, at);
    }
    if (type instanceof EnumType enumType) {
      boolean fits = value instanceof JsonString s && enumType.values().contains(s.value());
      return fits ? null : expected("one of " + enumType.values(), value, at);
    }
    if (type instanceof ArrayType array) {
      return value instanceof JsonArray elements
          ? elements(elements.elements(), array.items(), at)
          : expected("an array", value, at);
    }
    if (type instanceof MapType map) {
      return value instanceof JsonObject object
          ? members(object.members(), map.values(), at)
          : expected("an object", value, at);
    }
    if (type instanceof ObjectType object) {
      return value instanceof JsonObject members
          ? object(members, object, at)
          : expected("an object", value, at);
    }
    // A recursive reference: its shape was checked where it is defined.
    return value instanceof JsonObject ? null : expected("an object", value, at);
  }

  /** Parses as the Java types of that format do; emails are left to the runtime. */
  private static boolean hasFormat(String value, String format) {
    try {
      switch (format) {
        case "date" -> LocalDate.parse(value);
        case "time" -> LocalTime.parse(value);
        case "date-time" -> {
          if (value.matches(".*(Z|[+-]\\d\\d:\\d\\d)$")) {
            OffsetDateTime.parse(value);
          } else {
            LocalDateTime.parse(value);
          }
        }
        case "duration" -> Duration.parse(value);
        case "uuid" -> UUID.fromString(value);
        case "uri" -> new URI(value);
        default -> {
          // email: the runtime's validator checks it.
        }
      }
      return true;
    } catch (DateTimeException | IllegalArgumentException | URISyntaxException e) {
      return false;
    }
  }

  private static String integer(JsonValue value, IntegerType type, String at) {
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      return expected("an integer", value, at);
    }
    BigInteger n = number.value().toBigInteger();
    if ((type.min() != null && n.compareTo(type.min()) < 0)
        || (type.max() != null && n.compareTo(type.max()) > 0)) {
      return expected("an integer from " + type.min() + " to " + type.max(), value, at);
    }
    return null;
  }

  private static String elements(List<JsonValue> elements, TypeModel items, String at) {
    for (int i = 0; i < elements.size(); i++) {
      String misfit = misfit(elements.get(i), items, at + "/" + i);
      if (misfit != null) {
        return misfit;
      }
    }
    return null;
  }

  private static String members(Map<String, JsonValue> members, TypeModel values, String at) {
    for (Map.Entry<String, JsonValue> member : members.entrySet()) {
      String misfit = misfit(member.getValue(), values, at + "/" + member.getKey());
      if (misfit != null) {
        return misfit;
      }
    }
    return null;
  }

  private static String object(JsonObject value, ObjectType type, String at) {
    for (String name : value.members().keySet()) {
      if (type.properties().stream().noneMatch(p -> p.name().equals(name))) {
        return type.name() + " has no property '" + name + "'" + where(at);
      }
    }
    for (Property property : type.properties()) {
      JsonValue member = value.get(property.name());
      if (member == null && property.required()) {
        return "required property '" + property.name() + "' is missing" + where(at);
      }
      String misfit =
          member == null ? null : misfit(member, property.type(), at + "/" + property.name());
      if (misfit != null) {
        return misfit;
      }
    }
    return null;
  }

  private static String expected(String expected, JsonValue value, String at) {
    return "expected " + expected + ", got " + value.toJson() + where(at);
  }

  private static String where(String at) {
    return at.isEmpty() ? "" : " at " + at;
  }
}
