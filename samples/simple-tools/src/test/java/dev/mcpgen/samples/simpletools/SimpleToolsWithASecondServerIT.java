package dev.mcpgen.samples.simpletools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One process hosting simple-tools and a second server, each at its own path. */
class SimpleToolsWithASecondServerIT {
  @Test
  void bothServersAreReachableAtTheirPathsAndListedByHealth(@TempDir Path registry)
      throws Exception {
    Path services = registry.resolve("META-INF/services/dev.mcpgen.runtime.spi.ServerFactory");
    Files.createDirectories(services.getParent());
    Files.writeString(services, SecondServer.class.getName() + "\n");
    String testClasses = Path.of(SecondServer.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).toString();
    String classPath = String.join(File.pathSeparator, System.getProperty("simpleTools.jar"),
        testClasses, registry.toString());

    try (HttpServerProcess server = HttpServerProcess.classPath(classPath)) {
      assertEquals("5", call(server, "/simple-tools/mcp", "add", Map.of("a", 2, "b", 3)));
      assertEquals("second server, user local", call(server, "/second/mcp", "whoami", Map.of()));

      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode health = JsonMapper.builder().build().readTree(response.body());
      List<String> names = new ArrayList<>();
      health.get("servers").forEach(s -> names.add(s.get("name").asString()));
      assertEquals(List.of("second", "simple-tools"), names);
      assertEquals(0, health.get("failed").size());
    }
  }

  private static String call(HttpServerProcess server, String endpoint, String tool,
      Map<String, Object> arguments) {
    McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
            .builder(server.baseUrl()).endpoint(endpoint).build())
        .requestTimeout(Duration.ofSeconds(20))
        .build();
    try {
      client.initialize();
      var result = client.callTool(CallToolRequest.builder().name(tool).arguments(arguments)
          .build());
      return ((TextContent) result.content().get(0)).text();
    } finally {
      client.closeGracefully();
    }
  }
}
