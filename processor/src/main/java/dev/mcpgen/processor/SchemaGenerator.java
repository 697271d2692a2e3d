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
 * validator knows. Nested types are inlined; a recursive type is defined once under
 * {@code $defs} at the schema's root and referenced as {@code #/$defs/Name} (a name taken twice
 * gets a number: {@code Node}, {@code Node2}). One instance per schema.
 */
final class SchemaGenerator {
  private final Map<String, String> nameByKey = new HashMap<>();
  private final Map<String, JsonValue> defs = new LinkedHashMap<>();

  private SchemaGenerator() {}

  /** The input schema of a tool: one property per argument, in parameter order. */
  static JsonObject input(List<ParamModel> params) {
    SchemaGenerator generator = new SchemaGenerator();
    JsonObject.Builder schema = generator.object(
        params.stream().filter(p -> p.argument() != null).map(ParamModel::argument).toList(),
        params.stream().filter(p -> p.argument() != null).map(ParamModel::defaultValue).toList());
    return generator.withDefs(schema);
  }

  /** The output schema of a tool returning a record or bean: always an object at the root. */
  static JsonObject output(ObjectType type) {
    SchemaGenerator generator = new SchemaGenerator();
    if (type.recursive()) {
      generator.define(type);
    }
    return generator.withDefs(generator.object(type.properties(), null));
  }

  private JsonObject withDefs(JsonObject.Builder schema) {
    if (!defs.isEmpty()) {
      schema.put("$defs", new JsonObject(defs));
    }
    return schema.build();
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
    return object;
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
      return object.recursive() ? reference(define(object)) : object(object.properties(), null)
          .build();
    } else if (type instanceof RefType ref) {
      return reference(nameByKey.get(ref.key()));
    } else if (type instanceof AnyType) {
      return schema.build();
    } else {
      // NumberType: the only shape left.
      schema.put("type", "number");
    }
    return schema.build();
  }

  /** Defines a recursive type once; its name is taken before its body refers to it. */
  private String define(ObjectType type) {
    String existing = nameByKey.get(type.key());
    if (existing != null) {
      return existing;
    }
    String name = type.name();
    for (int n = 2; defs.containsKey(name); n++) {
      name = type.name() + n;
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
