package dev.mcpgen.runtime.spi;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.Completion;
import dev.mcpgen.runtime.GetPromptResult;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.ReadResourceResult;
import java.util.Map;
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

  /**
   * Reads the resource at {@code uri}, a fixed resource's URI or one matching a resource
   * template. A server without resources keeps this default.
   *
   * @throws UnknownResourceException when no resource of the server has that URI
   */
  default ReadResourceResult readResource(String uri, McpContext context) throws Exception {
    throw new UnknownResourceException(uri);
  }

  /**
   * Gets prompt {@code name} filled in with {@code arguments} (strings), whose required ones are
   * present already. A server without prompts keeps this default.
   *
   * @throws UnknownPromptException when the server has no prompt of that name
   * @throws ArgumentException when an argument cannot be bound to its parameter
   */
  default GetPromptResult getPrompt(String name, ObjectNode arguments, McpContext context)
      throws Exception {
    throw new UnknownPromptException(name);
  }

  /**
   * Suggests values for argument {@code argument} of prompt {@code ref} (when
   * {@code promptRef}) or of the resource template {@code ref}, given what the user has typed.
   *
   * @param context the values of other arguments already chosen
   * @return the suggestions, or {@code null} when nothing completes that argument
   */
  default Completion complete(boolean promptRef, String ref, String argument, String value,
      Map<String, String> context, McpContext mcpContext) throws Exception {
    return null;
  }
}
