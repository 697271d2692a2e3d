package dev.mcpgen.samples.simpletools;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The simple-tools contract over Streamable HTTP: the packaged jar serving {@code http}, the
 * official SDK client's Streamable HTTP transport.
 */
class SimpleToolsStreamableHttpIT extends SimpleToolsContract {
  private HttpServerProcess server;
  private McpSyncClient client;

  @BeforeEach
  void start() {
    server = HttpServerProcess.jar();
    client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.baseUrl())
            .endpoint("/simple-tools/mcp").build())
        .requestTimeout(Duration.ofSeconds(20))
        .build();
    client.initialize();
  }

  @AfterEach
  void stop() {
    client.closeGracefully();
    server.close();
  }

  @Override
  McpSyncClient client() {
    return client;
  }
}
