package dev.mcpgen.samples.simpletools;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The simple-tools contract over the legacy HTTP+SSE transport (2024-11-05): the packaged jar
 * serving {@code http}, the official SDK client's SSE transport.
 */
class SimpleToolsLegacySseIT extends SimpleToolsContract {
  private HttpServerProcess server;
  private McpSyncClient client;

  @BeforeEach
  void start() {
    server = HttpServerProcess.jar();
    client = McpClient.sync(HttpClientSseClientTransport.builder(server.baseUrl())
            .sseEndpoint("/simple-tools/sse").build())
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

  @Override
  String expectedProtocolVersion() {
    return "2024-11-05";
  }
}
