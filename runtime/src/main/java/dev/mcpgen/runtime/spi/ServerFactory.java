package dev.mcpgen.runtime.spi;

import dev.mcpgen.runtime.ServerControl;
import dev.mcpgen.runtime.UserContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the server instances of one MCP server, one per user. The annotation processor
 * generates an implementation for every {@code @McpServer} class and registers it in
 * {@code META-INF/services/dev.mcpgen.runtime.spi.ServerFactory}, so hosts find every server on
 * the class path with {@link java.util.ServiceLoader}.
 *
 * <p>Everything but {@link #create} describes the server and never changes: hosts call those
 * once.
 */
public interface ServerFactory {
  /** The server's name, version, title and instructions. */
  ServerInfo info();

  /**
   * The server's tools, each the exact JSON object that {@code tools/list} returns for it (name,
   * title, description, inputSchema, outputSchema, annotations), in a stable order.
   */
  List<String> toolDefinitions();

  /**
   * The OAuth scopes each tool requires ({@code @McpTool(scopes = ...)}), by tool name; tools
   * that require none are absent. A host authorizing with OAuth tokens hides a tool from callers
   * lacking one of its scopes and refuses their calls of it.
   */
  default Map<String, Set<String>> toolScopes() {
    return Map.of();
  }

  /**
   * The server's fixed resources, each the exact JSON object that {@code resources/list} returns
   * for it (uri, name, title, description, mimeType), in a stable order. None by default.
   */
  default List<String> resourceDefinitions() {
    return List.of();
  }

  /**
   * The server's resource templates, each the exact JSON object that
   * {@code resources/templates/list} returns for it (uriTemplate, name, title, description,
   * mimeType), in a stable order. None by default.
   */
  default List<String> resourceTemplateDefinitions() {
    return List.of();
  }

  /**
   * The server's prompts, each the exact JSON object that {@code prompts/list} returns for it
   * (name, title, description, arguments), in a stable order. None by default.
   */
  default List<String> promptDefinitions() {
    return List.of();
  }

  /** A new instance of the server for {@code user}; its state belongs to that user alone. */
  ServerInstance create(UserContext user);

  /**
   * A new instance for {@code user} that can notify its clients through {@code control}. Hosts
   * call this one; generated factories override it when the server class takes a
   * {@link ServerControl}.
   */
  default ServerInstance create(UserContext user, ServerControl control) {
    return create(user);
  }

  /** Whether the server completes prompt arguments or template variables (the {@code completions} capability). */
  default boolean hasCompletions() {
    return false;
  }
}
