package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonArray;
import dev.mcpgen.processor.JsonValue.JsonObject;
import dev.mcpgen.processor.ToolModel.ResultModel.Kind;
import dev.mcpgen.processor.TypeModel.ObjectType;
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
    return definition.build();
  }

  /** {@code tools.json}: the {@code tools/list} result, tools in declaration order. */
  static String toolsJson(ServerModel server) {
    JsonArray tools = new JsonArray(
        server.tools().stream().map(t -> (JsonValue) tool(t)).toList());
    return JsonWriter.pretty(JsonObject.builder().put("tools", tools).build());
  }

  /** {@code server.json}: name, version, title and (from the instructions) description. */
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
    return JsonWriter.pretty(json.build());
  }

  /** Where the manifests of {@code server} go in the class output. */
  static String manifestPath(ServerModel server, String file) {
    return "META-INF/mcp/" + server.name() + "/" + file;
  }
}
