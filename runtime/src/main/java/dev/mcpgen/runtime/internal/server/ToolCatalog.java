package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.schema.JsonSchema;
import dev.mcpgen.runtime.internal.schema.SchemaException;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A server's tools, read once from its factory: the {@code tools/list} entries, pages of them
 * (only the tools the caller's scopes allow), each tool's compiled input schema and the scopes
 * it requires. Definitions that cannot be read fail at start-up, with
 * the server and tool named, rather than at the first call.
 */
public final class ToolCatalog {
  private final List<ObjectNode> definitions;
  private final Map<String, Tool> tools;
  private final int pageSize;
  private final boolean scoped;

  private ToolCatalog(List<ObjectNode> definitions, Map<String, Tool> tools, int pageSize) {
    this.definitions = definitions;
    this.scoped = tools.values().stream().anyMatch(tool -> !tool.scopes().isEmpty());
    this.tools = tools;
    this.pageSize = pageSize;
  }

  /**
   * A tool, as the dispatch path needs it.
   *
   * @param name the tool's name
   * @param inputSchema its compiled input schema
   * @param scopes the OAuth scopes a caller needs, possibly none
   * @param taskSupport whether it may, or must, be called as a task
   */
  public record Tool(String name, JsonSchema inputSchema, Set<String> scopes,
      TaskSupport taskSupport) {}

  /** A tool's {@code execution.taskSupport}: whether it runs as a task ({@code tasks/*}). */
  public enum TaskSupport {
    /** Never as a task: the default when the definition says nothing. */
    FORBIDDEN,
    /** As a task when the client asks for one, else as a plain call. */
    OPTIONAL,
    /** Only as a task. */
    REQUIRED
  }

  /**
   * Reads {@code factory}'s tool definitions.
   *
   * @throws IllegalStateException when a definition is not valid, naming the server and tool
   */
  public static ToolCatalog of(ServerFactory factory, int pageSize) {
    List<ObjectNode> definitions = new ArrayList<>();
    Map<String, Tool> tools = new HashMap<>();
    String server = factory.info().name();
    for (String json : factory.toolDefinitions()) {
      String where = "Server '" + server + "', tool definition " + (definitions.size() + 1);
      ObjectNode definition = ListCatalog.parse(json, where);
      Tool tool = tool(definition, where, factory.toolScopes());
      if (tools.putIfAbsent(tool.name(), tool) != null) {
        throw new IllegalStateException(where + ": a second tool named '" + tool.name() + "'");
      }
      definitions.add(definition);
    }
    return new ToolCatalog(List.copyOf(definitions), Map.copyOf(tools), pageSize);
  }

  private static Tool tool(ObjectNode definition, String where,
      Map<String, Set<String>> scopes) {
    JsonNode name = definition.get("name");
    if (name == null || !name.isString() || name.stringValue().isEmpty()) {
      throw new IllegalStateException(where + " has no name");
    }
    JsonNode schema = definition.get("inputSchema");
    if (schema == null || !schema.isObject()) {
      throw new IllegalStateException(where + " ('" + name.stringValue() + "') has no inputSchema");
    }
    try {
      return new Tool(name.stringValue(), JsonSchema.compile(schema),
          Set.copyOf(scopes.getOrDefault(name.stringValue(), Set.of())),
          taskSupport(definition, where + " ('" + name.stringValue() + "')"));
    } catch (SchemaException e) {
      throw new IllegalStateException(
          where + " ('" + name.stringValue() + "'): invalid inputSchema: " + e.getMessage(), e);
    }
  }

  private static TaskSupport taskSupport(ObjectNode definition, String where) {
    JsonNode value = definition.path("execution").get("taskSupport");
    if (value == null) {
      return TaskSupport.FORBIDDEN;
    }
    for (TaskSupport support : TaskSupport.values()) {
      String spelled = support.name().toLowerCase(Locale.ROOT);
      if (value.isString() && spelled.equals(value.stringValue())) {
        return support;
      }
    }
    throw new IllegalStateException(where + ": execution.taskSupport must be \"forbidden\", "
        + "\"optional\" or \"required\", got " + value);
  }

  /** Whether some tool may be called as a task. */
  public boolean hasTaskTools() {
    return tools.values().stream().anyMatch(tool -> tool.taskSupport() != TaskSupport.FORBIDDEN);
  }

  /** The tool named {@code name}, or {@code null}. */
  public Tool tool(String name) {
    return tools.get(name);
  }

  /**
   * The {@code tools/list} result for {@code cursor} ({@code null} for the first page): the
   * tools {@code user} may call.
   */
  public ObjectNode list(JsonNode cursor, UserContext user) {
    return list(cursor, user, name -> true);
  }

  /** The page {@code cursor} starts, of the tools {@code user} may call and {@code shown} shows. */
  ObjectNode list(JsonNode cursor, UserContext user, Predicate<String> shown) {
    List<ObjectNode> allowed = definitions.stream()
        .filter(definition -> {
          String name = definition.get("name").stringValue();
          return shown.test(name) && (!scoped || user.grants(tools.get(name).scopes()));
        })
        .toList();
    return Pages.page(allowed, "tools", cursor, pageSize);
  }
}
