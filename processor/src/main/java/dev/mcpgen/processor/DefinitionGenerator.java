package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonArray;
import dev.mcpgen.processor.JsonValue.JsonObject;
import dev.mcpgen.processor.ToolModel.ResultModel.Kind;
import dev.mcpgen.processor.TypeModel.ObjectType;
import java.util.List;
import java.util.Map;

/**
 * Writes what clients see of a server: each tool exactly as {@code tools/list} returns it, and
 * the manifests {@code META-INF/mcp/<server>/tools.json} and {@code server.json}. The factory
 * and the manifests use the same definitions, so the jar documents what the server serves.
 */
final class DefinitionGenerator {
  private DefinitionGenerator() {}

  /** The {@code tools/list} entry of a tool; absent fields are left out, never null. */
  static JsonObject tool(ToolModel tool) {
    JsonObject.Builder definition = JsonObject.builder().put("name", tool.name());
    if (tool.title() != null) {
      definition.put("title", tool.title());
    }
    if (tool.description() != null) {
      definition.put("description", tool.description());
    }
    definition.put("inputSchema", SchemaGenerator.input(tool.params()));
    if (tool.result().kind() == Kind.STRUCTURED) {
      ObjectType output = (ObjectType) tool.result().outputType();
      definition.put("outputSchema", SchemaGenerator.output(output));
    }
    if (!tool.hints().isEmpty()) {
      JsonObject.Builder hints = JsonObject.builder();
      for (Map.Entry<String, Boolean> hint : tool.hints().entrySet()) {
        hints.put(hint.getKey(), JsonValue.of(hint.getValue()));
      }
      definition.put("annotations", hints.build());
    }
    if (tool.taskSupport() != null) {
      definition.put("execution",
          JsonObject.builder().put("taskSupport", tool.taskSupport()).build());
    }
    putIconsAndMeta(definition, tool.icons(), tool.meta());
    return definition.build();
  }

  /** {@code tools.json}: the {@code tools/list} result, tools in declaration order. */
  static String toolsJson(ServerModel server) {
    JsonArray tools = new JsonArray(
        server.tools().stream().map(t -> (JsonValue) tool(t)).toList());
    return JsonWriter.pretty(JsonObject.builder().put("tools", tools).build());
  }

  /**
   * The {@code resources/list} entry of a fixed resource, or the
   * {@code resources/templates/list} entry of a template.
   */
  static JsonObject resource(ResourceModel resource) {
    JsonObject.Builder definition = JsonObject.builder()
        .put(resource.isTemplate() ? "uriTemplate" : "uri", resource.uri())
        .put("name", resource.name());
    putIfSet(definition, "title", resource.title());
    putIfSet(definition, "description", resource.description());
    putIfSet(definition, "mimeType", resource.mimeType());
    putIconsAndMeta(definition, resource.icons(), resource.meta());
    return definition.build();
  }

  /** The {@code prompts/list} entry of a prompt. */
  static JsonObject prompt(PromptModel prompt) {
    JsonObject.Builder definition = JsonObject.builder().put("name", prompt.name());
    putIfSet(definition, "title", prompt.title());
    putIfSet(definition, "description", prompt.description());
    if (!prompt.arguments().isEmpty()) {
      definition.put("arguments", new JsonArray(prompt.arguments().stream().map(argument -> {
        JsonObject.Builder json = JsonObject.builder().put("name", argument.name());
        putIfSet(json, "description", argument.description());
        return (JsonValue) json.put("required", JsonValue.of(argument.required())).build();
      }).toList()));
    }
    putIconsAndMeta(definition, prompt.icons(), prompt.meta());
    return definition.build();
  }

  /** {@code "icons": [...]} when there are some, and {@code "_meta": {...}} when set. */
  private static void putIconsAndMeta(
      JsonObject.Builder json, List<IconModel> icons, JsonObject meta) {
    if (!icons.isEmpty()) {
      json.put("icons", new JsonArray(icons.stream().map(i -> (JsonValue) i.toJson()).toList()));
    }
    if (meta != null) {
      json.put("_meta", meta);
    }
  }

  private static void putIfSet(JsonObject.Builder json, String key, String value) {
    if (value != null) {
      json.put(key, value);
    }
  }

  /** {@code resources.json}: the fixed resources and the templates, in declaration order. */
  static String resourcesJson(ServerModel server) {
    return JsonWriter.pretty(JsonObject.builder()
        .put("resources", array(server.fixedResources().stream().map(r -> resource(r))))
        .put("resourceTemplates", array(server.resourceTemplates().stream().map(r -> resource(r))))
        .build());
  }

  /** {@code prompts.json}: the {@code prompts/list} result, in declaration order. */
  static String promptsJson(ServerModel server) {
    return JsonWriter.pretty(JsonObject.builder()
        .put("prompts", array(server.prompts().stream().map(p -> prompt(p))))
        .build());
  }

  private static JsonArray array(java.util.stream.Stream<JsonObject> values) {
    return new JsonArray(values.map(v -> (JsonValue) v).toList());
  }

  /**
   * {@code server.json}: name, version, title, (from the instructions) description, web site and
   * icons.
   */
  static String serverJson(ServerModel server) {
    JsonObject.Builder json = JsonObject.builder()
        .put("name", server.name())
        .put("version", server.version());
    if (server.title() != null) {
      json.put("title", server.title());
    }
    if (server.instructions() != null) {
      json.put("description", server.instructions());
    }
    putIfSet(json, "websiteUrl", server.websiteUrl());
    putIconsAndMeta(json, server.icons(), null);
    return JsonWriter.pretty(json.build());
  }

  /** Where the manifests of {@code server} go in the class output. */
  static String manifestPath(ServerModel server, String file) {
    return "META-INF/mcp/" + server.name() + "/" + file;
  }
}
