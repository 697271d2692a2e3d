package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged server as a desktop client runs it: {@code java -jar target/${artifactId}.jar}
 * spawned as a process and spoken to over stdio by the official MCP Java SDK.
 */
class ${serverClass}IT {
  private McpSyncClient client;

  @BeforeEach
  void start() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ServerParameters server =
        ServerParameters.builder(java).args("-jar", System.getProperty("server.jar")).build();
    client = McpClient.sync(new StdioClientTransport(server, McpJsonDefaults.getMapper()))
        .requestTimeout(Duration.ofSeconds(20))
        .build();
    client.initialize();
  }

  @AfterEach
  void stop() {
    client.closeGracefully();
  }

  @Test
  void introducesItself() {
    assertEquals("${artifactId}", client.getCurrentInitializationResult().serverInfo().name());
  }

  @Test
  void listsItsTools() {
    assertEquals(List.of("add", "greet"),
        client.listTools().tools().stream().map(Tool::name).toList());
  }

  @Test
  void callsATool() {
    CallToolResult result = client.callTool(
        CallToolRequest.builder("add").arguments(Map.of("a", 2, "b", 3)).build());

    assertFalse(Boolean.TRUE.equals(result.isError()), result.toString());
    assertEquals("5", ((TextContent) result.content().get(0)).text());
  }
}
