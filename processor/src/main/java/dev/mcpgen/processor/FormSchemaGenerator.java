package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonArray;
import dev.mcpgen.processor.JsonValue.JsonObject;
import dev.mcpgen.processor.TypeModel.ArrayType;
import dev.mcpgen.processor.TypeModel.BooleanType;
import dev.mcpgen.processor.TypeModel.EnumType;
import dev.mcpgen.processor.TypeModel.IntegerType;
import dev.mcpgen.processor.TypeModel.Property;
import dev.mcpgen.processor.TypeModel.StringType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the {@code requestedSchema} of a form: the restricted JSON Schema of MCP elicitation, a
 * flat object of string, number, boolean and enum fields. Titled enums become {@code oneOf}
 * (single select) or {@code anyOf} (multi-select) of {@code const} + {@code title}.
 */
final class FormSchemaGenerator {
  private FormSchemaGenerator() {}

  static JsonObject schema(FormModel form) {
    JsonObject.Builder properties = JsonObject.builder();
    List<String> required = new ArrayList<>();
    for (FormModel.Field field : form.fields()) {
      Property property = field.param().argument();
      JsonObject.Builder schema = JsonObject.builder()
          .putAll(type(property.type(), field))
          .putAll(property.constraints());
      if (property.description() != null) {
        schema.put("description", property.description());
      }
      if (field.param().defaultValue() != null) {
        schema.put("default", field.param().defaultValue());
      }
      properties.put(property.name(), schema.build());
      if (property.required()) {
        required.add(property.name());
      }
    }
    JsonObject.Builder schema =
        JsonObject.builder().put("type", "object").put("properties", properties.build());
    if (!required.isEmpty()) {
      schema.put("required", JsonArray.ofStrings(required));
    }
    return schema.build();
  }

  private static JsonObject type(TypeModel type, FormModel.Field field) {
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
    } else if (type instanceof EnumType enumType) {
      schema.put("type", "string").putAll(singleSelect(enumType, field));
    } else if (type instanceof ArrayType array) {
      schema.put("type", "array").put("items", multiSelect((EnumType) array.items(), field));
      if (array.unique()) {
        schema.put("uniqueItems", JsonValue.TRUE);
      }
    } else {
      // NumberType: the only shape a valid form has left.
      schema.put("type", "number");
    }
    return schema.build();
  }

  private static JsonObject singleSelect(EnumType type, FormModel.Field field) {
    if (field.titles().isEmpty()) {
      return JsonObject.builder().put("enum", JsonArray.ofStrings(type.values())).build();
    }
    if (field.legacyEnumNames()) {
      return JsonObject.builder()
          .put("enum", JsonArray.ofStrings(type.values()))
          .put("enumNames", JsonArray.ofStrings(field.titles()))
          .build();
    }
    return JsonObject.builder().put("oneOf", titled(type, field)).build();
  }

  private static JsonObject multiSelect(EnumType type, FormModel.Field field) {
    if (field.titles().isEmpty()) {
      return JsonObject.builder()
          .put("type", "string")
          .put("enum", JsonArray.ofStrings(type.values()))
          .build();
    }
    return JsonObject.builder().put("anyOf", titled(type, field)).build();
  }

  /** {@code [{"const": "v", "title": "T"}, ...]}. */
  private static JsonArray titled(EnumType type, FormModel.Field field) {
    List<JsonValue> options = new ArrayList<>();
    for (int i = 0; i < type.values().size(); i++) {
      options.add(JsonObject.builder()
          .put("const", type.values().get(i))
          .put("title", field.titles().get(i))
          .build());
    }
    return new JsonArray(options);
  }
}
