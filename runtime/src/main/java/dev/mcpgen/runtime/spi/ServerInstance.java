package dev.mcpgen.runtime.spi;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.McpContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * One user's instance of a server: the user's object plus the generated dispatch that binds
 * arguments and calls its methods directly.
 */
public interface ServerInstance {
  /**
   * Calls tool {@code name} with {@code arguments}, already validated against the tool's input
   * schema.
   *
   * @throws UnknownToolException when the server has no tool of that name
   * @throws ArgumentException when an argument cannot be bound to its parameter
   * @throws dev.mcpgen.runtime.ToolException when the tool reports a failure for the model
   */
  CallToolResult callTool(String name, ObjectNode arguments, McpContext context) throws Exception;
}
