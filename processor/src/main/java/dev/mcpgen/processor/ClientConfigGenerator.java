package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonArray;
import dev.mcpgen.processor.JsonValue.JsonObject;
import java.util.List;

/**
 * Writes {@code META-INF/mcp/<server>/mcp.json}: the {@code mcpServers} entry with which a
 * desktop MCP client starts the server over stdio, so users copy it instead of writing it. The
 * jar is named after the server, as the archetype's build names it; users replace it with the
 * jar's absolute path.
 */
final class ClientConfigGenerator {
  private ClientConfigGenerator() {}

  /** {@code {"mcpServers":{"<server>":{"command":"java","args":["-jar","<server>.jar"]}}}}. */
  static String mcpJson(ServerModel server) {
    JsonObject stdio = JsonObject.builder()
        .put("command", "java")
        .put("args", JsonArray.ofStrings(List.of("-jar", server.name() + ".jar")))
        .build();
    JsonObject servers = JsonObject.builder().put(server.name(), stdio).build();
    return JsonWriter.pretty(JsonObject.builder().put("mcpServers", servers).build());
  }
}
