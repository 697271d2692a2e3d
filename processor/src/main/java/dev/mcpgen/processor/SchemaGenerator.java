package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonArray;
import dev.mcpgen.processor.JsonValue.JsonObject;
import dev.mcpgen.processor.TypeModel.AnyType;
import dev.mcpgen.processor.TypeModel.ArrayType;
import dev.mcpgen.processor.TypeModel.BooleanType;
import dev.mcpgen.processor.TypeModel.EnumType;
import dev.mcpgen.processor.TypeModel.IntegerType;
import dev.mcpgen.processor.TypeModel.MapType;
import dev.mcpgen.processor.TypeModel.ObjectType;
import dev.mcpgen.processor.TypeModel.Property;
import dev.mcpgen.processor.TypeModel.RefType;
import dev.mcpgen.processor.TypeModel.StringType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON Schemas (2020-12) from type models, using only the keywords the runtime's
 * validator knows. Every record and bean is defined once under {@code $defs} at the root, keyed
 * by its decapitalized simple name ({@code Address} is {@code address}, as Jackson decapitalizes:
 * {@code URL} stays; a name taken twice gets
 * a number: {@code node}, {@code node2}), and referenced as {@code #/$defs/address}: one shape
 * per type, and recursion needs no special case. Objects admit only their own properties, so a
 * misspelled argument is an error, not a silently ignored value. One instance per schema.
 */
final class SchemaGenerator {
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final Map<String, String> nameByKey = new HashMap<>();
  private final Map<String, JsonValue> defs = new LinkedHashMap<>();
  /** The object inlined at the root of an output schema, defined only if it refers to itself. */
  private ObjectType root;

  private SchemaGenerator() {}

  /** The input schema of a tool: one property per argument, in parameter order. */
  static JsonObject input(List<ParamModel> params) {
    SchemaGenerator generator = new SchemaGenerator();
    JsonObject.Builder schema = generator.object(
        params.stream().filter(p -> p.argument() != null).map(ParamModel::argument).toList(),
        params.stream().filter(p -> p.argument() != null).map(ParamModel::defaultValue).toList());
    return generator.root(schema);
  }

  /**
   * The output schema of a tool returning a record or bean: always an object at the root, as
   * {@code structuredContent} is one; a recursive type also defines itself for its references.
   */
  static JsonObject output(ObjectType type) {
    SchemaGenerator generator = new SchemaGenerator();
    generator.root = type;
    return generator.root(generator.object(type.properties(), null));
  }

  /** Adds {@code $schema} first and {@code $defs} last, around {@code schema}'s members. */
  private JsonObject root(JsonObject.Builder schema) {
    JsonObject.Builder root = JsonObject.builder().put("$schema", DIALECT).putAll(schema.build());
    if (!defs.isEmpty()) {
      root.put("$defs", new JsonObject(defs));
    }
    return root.build();
  }

  private JsonObject.Builder object(List<Property> properties, List<JsonValue> defaults) {
    JsonObject.Builder members = JsonObject.builder();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      JsonObject.Builder schema = JsonObject.builder()
          .putAll(schema(property.type()))
          .putAll(property.constraints());
      if (property.description() != null) {
        schema.put("description", property.description());
      }
      JsonValue defaultValue = defaults == null ? null : defaults.get(i);
      if (defaultValue != null) {
        schema.put("default", defaultValue);
      }
      members.put(property.name(), schema.build());
    }
    List<String> required =
        properties.stream().filter(Property::required).map(Property::name).toList();
    JsonObject.Builder object =
        JsonObject.builder().put("type", "object").put("properties", members.build());
    if (!required.isEmpty()) {
      object.put("required", JsonArray.ofStrings(required));
    }
    return object.put("additionalProperties", JsonValue.FALSE);
  }
  private JsonObject schema(TypeModel type) {
    JsonObject.Builder schema = JsonObject.builder();
    if (type instanceof BooleanType) {
      schema.put("type", "boolean");
    } else if (type instanceof IntegerType) {
      schema.put("type", "integer");
    } else if (type instanceof StringType string) {
      schema.put("type", "string");
      if (string.format() != null) {
        schema.put("format", string.format());
      }
      if (string.length() > 0) {
        schema.put("minLength", JsonValue.of(string.length()))
            .put("maxLength", JsonValue.of(string.length()));
      }
      if (string.base64()) {
        schema.put("contentEncoding", "base64");
      }
    } else if (type instanceof EnumType enumType) {
      schema.put("type", "string").put("enum", JsonArray.ofStrings(enumType.values()));
    } else if (type instanceof ArrayType array) {
      schema.put("type", "array").put("items", schema(array.items()));
      if (array.unique()) {
        schema.put("uniqueItems", JsonValue.TRUE);
      }
    } else if (type instanceof MapType map) {
      schema.put("type", "object").put("additionalProperties", schema(map.values()));
    } else if (type instanceof ObjectType object) {
      return reference(define(object));
    } else if (type instanceof RefType ref) {
      String name = nameByKey.get(ref.key());
      return reference(name != null ? name : define(root));
    } else if (type instanceof AnyType) {
      return schema.build();
    } else {
      // NumberType: the only shape left.
      schema.put("type", "number");
    }
    return schema.build();
  }

  /** Defines a type once; its name is taken before its body, which may refer to it. */
  private String define(ObjectType type) {
    String existing = nameByKey.get(type.key());
    if (existing != null) {
      return existing;
    }
    String base = Names.decapitalize(type.name());
    String name = base;
    for (int n = 2; defs.containsKey(name); n++) {
      name = base + n;
    }
    nameByKey.put(type.key(), name);
    defs.put(name, JsonValue.NULL);
    defs.put(name, object(type.properties(), null).build());
    return name;
  }

  private static JsonObject reference(String name) {
    return JsonObject.builder().put("$ref", "#/$defs/" + name).build();
  }
}
