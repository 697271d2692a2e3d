package dev.mcpgen.testkit;

import static dev.mcpgen.testkit.McpAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.LogLevel;
import dev.mcpgen.runtime.Root;
import dev.mcpgen.runtime.SamplingRequest;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kit's handlers answering what the real runtime asks of a client during a call. */
class RuntimeRequestsTest {
  /** A server whose tool samples, lists roots and logs, as generated code would call it. */
  private static final class AskingServer implements ServerFactory {
    @Override
    public ServerInfo info() {
      return new ServerInfo("asking", "1", null, null);
    }

    @Override
    public List<String> toolDefinitions() {
      return List.of("{\"name\":\"ask\",\"inputSchema\":{\"type\":\"object\"}}");
    }

    @Override
    public ServerInstance create(UserContext user) {
      return (name, arguments, context) -> {
        context.log(LogLevel.WARNING, "asking");
        String answer = context.sample(SamplingRequest.of("Capital of France?")).text();
        String roots = context.roots().stream().map(Root::uri).collect(Collectors.joining(","));
        return CallToolResult.text(answer + " in " + roots);
      };
    }
  }

  private final McpTestClient client = McpTestClient.of(new AskingServer());

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void theRuntimesRequestsReachTheTestsHandlers() {
    client.onSampling(params -> Map.of("role", "assistant", "model", "test",
        "content", Map.of("type", "text", "text", "Paris")));
    client.onRequest("roots/list", params -> Map.of("roots",
        List.of(Map.of("uri", "file:///work", "name", "work"))));

    assertThat(client.callTool("ask", Map.of())).isNotError().hasText("Paris in file:///work");
    assertEquals("notifications/message", client.notifications().get(0).method());
  }

  @Test
  void aRequestWithoutHandlerFailsTheCallClearly() {
    client.onSampling(params -> Map.of("role", "assistant", "model", "test",
        "content", Map.of("type", "text", "text", "Paris")));

    assertThat(client.callTool("ask", Map.of())).isError().textContains("roots/list");
  }
}
