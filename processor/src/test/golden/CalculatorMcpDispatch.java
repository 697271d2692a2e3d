package golden;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.internal.Arguments;
import dev.mcpgen.runtime.internal.Results;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UnknownToolException;
import javax.annotation.processing.Generated;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls the tools of {@link Calculator} for one user.
 */
@Generated("dev.mcpgen.processor.McpProcessor")
final class CalculatorMcpDispatch implements ServerInstance {
  private final Calculator server;

  CalculatorMcpDispatch(Calculator server) {
    this.server = server;
  }

  @Override
  public CallToolResult callTool(String name, ObjectNode arguments, McpContext context) {
    return switch (name) {
      case "add" -> callAdd(arguments);
      case "greet" -> callGreet(arguments);
      default -> throw new UnknownToolException(name);
    };
  }

  private CallToolResult callAdd(ObjectNode arguments) {
    return Results.text(String.valueOf(server.add(
        Arguments.intValue(arguments, "a", null),
        Arguments.intValue(arguments, "b", null))));
  }

  private CallToolResult callGreet(ObjectNode arguments) {
    return Results.text(server.greet(
        Arguments.value(arguments, "name", null, String.class),
        Arguments.optional(arguments, "greeting", null, String.class)));
  }
}
