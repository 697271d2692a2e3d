package dev.mcpgen.runtime.internal.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code minProperties} and
 * {@code maxProperties}.
 */
final class ObjectChecks implements Check {
  private static final int MAX_SHOWN_NAMES = 10;

  private final Map<String, Check> properties;
  private final List<String> required;
  private final JsonNode additionalSchema;
  private final Check additional;
  private final Integer minProperties;
  private final Integer maxProperties;

  private ObjectChecks(Map<String, Check> properties, List<String> required,
      JsonNode additionalSchema, Check additional, Integer minProperties, Integer maxProperties) {
    this.properties = properties;
    this.required = required;
    this.additionalSchema = additionalSchema;
    this.additional = additional;
    this.minProperties = minProperties;
    this.maxProperties = maxProperties;
  }

  /** The checks of {@code schema}, or {@code null} when it has none of these keywords. */
  static Check of(JsonNode schema, String at, SchemaCompiler compiler) {
    JsonNode declared = schema.get("properties");
    Map<String, Check> properties = properties(declared, at, compiler);
    List<String> required = Keywords.strings(schema, "required", at);
    JsonNode additionalSchema = schema.get("additionalProperties");
    Check additional = additionalSchema == null
        ? null
        : compiler.compile(additionalSchema, at + "/additionalProperties");
    Integer min = Keywords.count(schema, "minProperties", at);
    Integer max = Keywords.count(schema, "maxProperties", at);
    boolean none = declared == null && required.isEmpty() && additional == null
        && min == null && max == null;
    return none
        ? null
        : new ObjectChecks(properties, required, additionalSchema, additional, min, max);
  }

  private static Map<String, Check> properties(JsonNode declared, String at,
      SchemaCompiler compiler) {
    Map<String, Check> properties = new LinkedHashMap<>();
    if (declared == null) {
      return properties;
    }
    if (!declared.isObject()) {
      throw new SchemaException(at + "/properties", "expected an object of schemas");
    }
    for (Map.Entry<String, JsonNode> property : declared.properties()) {
      String where = at + "/properties/" + property.getKey();
      properties.put(property.getKey(), compiler.compile(property.getValue(), where));
    }
    return properties;
  }

  @Override
  public void check(JsonNode value, Path at, Violations out) {
    if (!value.isObject()) {
      return;
    }
    properties.forEach((name, check) -> {
      JsonNode property = value.get(name);
      if (property != null && !out.full()) {
        check.check(property, at.property(name), out);
      }
    });
    for (String name : required) {
      if (!value.has(name)) {
        out.add(at.property(name), "required property missing");
      }
    }
    if (additional != null) {
      checkAdditional(value, at, out);
    }
    checkSize(value.size(), at, out);
  }

  private void checkAdditional(JsonNode value, Path at, Violations out) {
    for (String name : value.propertyNames()) {
      if (properties.containsKey(name) || out.full()) {
        continue;
      }
      if (additionalSchema.isBoolean() && !additionalSchema.booleanValue()) {
        out.add(at.property(name), "unexpected property" + expected());
      } else {
        additional.check(value.get(name), at.property(name), out);
      }
    }
  }

  /** Names the allowed properties, so the model can see whether it misspelled one. */
  private String expected() {
    if (properties.isEmpty()) {
      return "; expected no properties";
    }
    List<String> names = List.copyOf(properties.keySet());
    String shown = String.join(", ", names.subList(0, Math.min(names.size(), MAX_SHOWN_NAMES)));
    return "; expected only " + shown + (names.size() > MAX_SHOWN_NAMES ? ", ..." : "");
  }

  private void checkSize(int size, Path at, Violations out) {
    if (minProperties != null && size < minProperties) {
      out.add(at, "must have at least " + properties(minProperties) + ", got " + size);
    }
    if (maxProperties != null && size > maxProperties) {
      out.add(at, "must have at most " + properties(maxProperties) + ", got " + size);
    }
  }

  private static String properties(int count) {
    return count + (count == 1 ? " property" : " properties");
  }
}
