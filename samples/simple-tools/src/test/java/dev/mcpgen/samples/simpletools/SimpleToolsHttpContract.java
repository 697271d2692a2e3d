package dev.mcpgen.samples.simpletools;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpClientTransport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The simple-tools contract against the packaged jar serving {@code http}, through one of the
 * official SDK client's HTTP transports.
 */
abstract class SimpleToolsHttpContract extends SimpleToolsContract {
  private HttpServerProcess server;
  private McpSyncClient client;

  /** The SDK transport under test, pointed at the server's base URL. */
  abstract McpClientTransport transport(String baseUrl);

  @BeforeEach
  void start() {
    server = HttpServerProcess.jar();
    client =
        McpClient.sync(transport(server.baseUrl()))
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
