package dev.mcpgen.samples.simpletools;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The simple-tools contract over stdio: the packaged jar spawned as a real process. */
class SimpleToolsStdioIT extends SimpleToolsContract {
  private McpSyncClient client;

  @BeforeEach
  void start() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ServerParameters server =
        ServerParameters.builder(java).args("-jar", System.getProperty("simpleTools.jar")).build();
    client =
        McpClient.sync(new StdioClientTransport(server, McpJsonDefaults.getMapper()))
            .requestTimeout(Duration.ofSeconds(20))
            .build();
    client.initialize();
  }

  @AfterEach
  void stop() {
    client.closeGracefully();
  }

  @Override
  McpSyncClient client() {
    return client;
  }
}
