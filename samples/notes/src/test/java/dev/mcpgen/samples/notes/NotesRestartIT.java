package dev.mcpgen.samples.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, spawned twice over the same H2 database: what one process acknowledged,
 * the next one serves.
 */
class NotesRestartIT {
  @TempDir Path data;

  private McpSyncClient start(String userId) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ServerParameters server = ServerParameters.builder(java)
        .args("-Dmcpgen.store=jdbc:h2:" + data.resolve("notes").toAbsolutePath(), "-jar",
            System.getProperty("notes.jar"), "--user-id", userId)
        .build();
    McpSyncClient client =
        McpClient.sync(new StdioClientTransport(server, McpJsonDefaults.getMapper()))
            .requestTimeout(Duration.ofSeconds(20))
            .build();
    client.initialize();
    return client;
  }

  private static String call(McpSyncClient client, String tool, Map<String, Object> arguments) {
    CallToolResult result = client.callTool(new CallToolRequest(tool, arguments));
    return ((TextContent) result.content().get(0)).text();
  }

  @Test
  void notesSurviveARestartAndStayWithTheirUser() {
    McpSyncClient first = start("alice");
    String added = call(first, "add_note", Map.of("title", "keep", "text", "me"));
    first.closeGracefully();

    McpSyncClient second = start("alice");
    String listed = call(second, "list_notes", Map.of());
    second.closeGracefully();
    McpSyncClient bob = start("bob");
    String bobs = call(bob, "list_notes", Map.of());
    bob.closeGracefully();

    assertEquals("{\"notes\":[" + added + "]}", listed);
    assertEquals("{\"notes\":[]}", bobs);
  }
}
