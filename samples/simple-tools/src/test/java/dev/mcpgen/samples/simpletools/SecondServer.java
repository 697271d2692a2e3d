package dev.mcpgen.samples.simpletools;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.util.List;

/**
 * A second, tiny server, written by hand as a generated factory would be, so that one process
 * can host two. Registered only on the class path {@link SimpleToolsWithASecondServerIT} builds.
 */
public final class SecondServer implements ServerFactory {
  @Override
  public ServerInfo info() {
    return new ServerInfo("second", "2.0.0", "Second", null);
  }

  @Override
  public List<String> toolDefinitions() {
    return List.of("{\"name\":\"whoami\",\"description\":\"The user the call runs for.\","
        + "\"inputSchema\":{\"type\":\"object\"}}");
  }

  @Override
  public ServerInstance create(UserContext user) {
    return (name, arguments, context) -> CallToolResult.text("second server, user "
        + context.userId());
  }
}
