package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonNumber;
import dev.mcpgen.processor.JsonValue.JsonObject;
import dev.mcpgen.processor.TypeModel.ArrayType;
import dev.mcpgen.processor.TypeModel.IntegerType;
import dev.mcpgen.processor.TypeModel.MapType;
import dev.mcpgen.processor.TypeModel.NumberType;
import dev.mcpgen.processor.TypeModel.StringType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Turns Bean Validation annotations ({@code @Min}, {@code @Size}, {@code @Pattern}...) into JSON
 * Schema keywords, so the runtime rejects what the tool would reject before the tool runs. They
 * are recognised by simple name: users may use the {@code jakarta} or {@code javax} packages and
 * the processor depends on neither. An annotation that cannot apply to the type is a warning.
 */
final class ConstraintReader {
  private final Diagnostics diagnostics;

  ConstraintReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The keywords for {@code annotations} on a value of {@code type}; warnings go to {@code site}
   * and name {@code subject}.
   */
  JsonObject read(
      List<AnnotationMirror> annotations, TypeModel type, Element site, String subject) {
    JsonObject.Builder keywords = JsonObject.builder();
    for (AnnotationMirror annotation : annotations) {
      String name = Annotations.simpleName(annotation);
      String applies = apply(name, annotation, type, keywords);
      if (applies != null) {
        diagnostics.report(
            Message.CONSTRAINT_NOT_APPLICABLE, site, name, subject, type.shape(), applies);
      }
    }
    return keywords.build();
  }

  /** Adds the keywords of one annotation; returns what it applies to when {@code type} is not. */
  private static String apply(
      String name, AnnotationMirror annotation, TypeModel type, JsonObject.Builder keywords) {
    boolean numeric = type instanceof IntegerType || type instanceof NumberType;
    boolean string = type instanceof StringType;
    switch (name) {
      case "Min", "Max" -> {
        if (!numeric) {
          return "number";
        }
        Long value = integer(annotation, "value");
        if (value != null) {
          keywords.put(name.equals("Min") ? "minimum" : "maximum", JsonValue.of(value));
        }
      }
      case "DecimalMin", "DecimalMax" -> {
        if (!numeric) {
          return "number";
        }
        boolean inclusive = !Boolean.FALSE.equals(Annotations.raw(annotation, "inclusive"));
        String keyword = name.equals("DecimalMin") ? "minimum" : "maximum";
        String bound = inclusive ? keyword : "exclusive" + capitalize(keyword);
        JsonValue limit = number(Annotations.string(annotation, "value", ""));
        if (limit != null) {
          keywords.put(bound, limit);
        }
      }
      case "Positive", "PositiveOrZero", "Negative", "NegativeOrZero" -> {
        if (!numeric) {
          return "number";
        }
        String keyword = name.startsWith("Positive") ? "Minimum" : "Maximum";
        boolean orZero = name.endsWith("OrZero");
        keywords.put(orZero ? keyword.toLowerCase(Locale.ROOT) : "exclusive" + keyword,
            JsonValue.of(0));
      }
      case "Size" -> {
        String unit = sizeUnit(type);
        if (unit == null) {
          return "string, array, collection or map";
        }
        Long min = integer(annotation, "min");
        Long max = integer(annotation, "max");
        if (min != null && min > 0) {
          keywords.put("min" + unit, JsonValue.of(min));
        }
        if (max != null && max != Integer.MAX_VALUE) {
          keywords.put("max" + unit, JsonValue.of(max));
        }
      }
      case "NotEmpty" -> {
        String unit = sizeUnit(type);
        if (unit == null) {
          return "string, array, collection or map";
        }
        keywords.put("min" + unit, JsonValue.of(1));
      }
      case "NotBlank", "Pattern", "Email" -> {
        if (!string) {
          return "string";
        }
        if (name.equals("NotBlank")) {
          keywords.put("minLength", JsonValue.of(1)).put("pattern", "\\S");
        } else if (name.equals("Pattern")) {
          keywords.put("pattern", Annotations.string(annotation, "regexp", ""));
        } else {
          keywords.put("format", "email");
        }
      }
      default -> {
        // Not a constraint the schema can express; other processors may care about it.
      }
    }
    return null;
  }

  private static String sizeUnit(TypeModel type) {
    if (type instanceof StringType) {
      return "Length";
    }
    if (type instanceof ArrayType) {
      return "Items";
    }
    return type instanceof MapType ? "Properties" : null;
  }

  /**
   * The integer written for {@code member}; null when left to its default or not an integer (an
   * annotation of the same simple name from elsewhere).
   */
  private static Long integer(AnnotationMirror annotation, String member) {
    Object value = Annotations.raw(annotation, member);
    return value instanceof Number number ? number.longValue() : null;
  }

  /** The number, or null when it is none (Bean Validation itself rejects such a bound). */
  private static JsonValue number(String text) {
    try {
      return new JsonNumber(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
