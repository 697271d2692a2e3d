package golden;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Creates the MCP server {@code calculator} from {@link Calculator}, one instance per user.
 */
@Generated("dev.mcpgen.processor.McpProcessor")
public final class CalculatorMcpFactory implements ServerFactory {
  private static final ServerInfo INFO = new ServerInfo("calculator", "1.0.0", null, "Arithmetic for models that should not do it in their heads.");

  private static final List<String> TOOLS = List.of(
      "{\"name\":\"add\",\"description\":\"Adds two integers.\",\"inputSchema\":{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\",\"description\":\"the first addend\"},\"b\":{\"type\":\"integer\",\"description\":\"the second addend\"}},\"required\":[\"a\",\"b\"],\"additionalProperties\":false},\"annotations\":{\"readOnlyHint\":true}}",
      "{\"name\":\"greet\",\"description\":\"Greets someone.\",\"inputSchema\":{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"who to greet\"},\"greeting\":{\"type\":\"string\",\"description\":\"the greeting word; \\\"Hello\\\" when absent\"}},\"required\":[\"name\"],\"additionalProperties\":false}}");

  /**
   * Called by {@code ServiceLoader}.
   */
  public CalculatorMcpFactory() {
  }

  @Override
  public ServerInfo info() {
    return INFO;
  }

  @Override
  public List<String> toolDefinitions() {
    return TOOLS;
  }

  @Override
  public ServerInstance create(UserContext user) {
    return new CalculatorMcpDispatch(new Calculator());
  }
}
