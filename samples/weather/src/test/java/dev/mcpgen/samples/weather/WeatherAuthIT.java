package dev.mcpgen.samples.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar end to end: {@code auth --service weather} stores the key typed on standard
 * input, then the server, spawned over stdio, calls the fake service with it.
 */
class WeatherAuthIT {
  @TempDir Path credentials;

  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void theAuthCommandStoresTheKeyTheServerThenUses() throws Exception {
    try (FakeWeatherService service = new FakeWeatherService(Map.of("k-typed", "local"))) {
      Process auth = new ProcessBuilder(java, "-Dmcpgen.credentials.dir=" + credentials, "-jar",
          System.getProperty("weather.jar"), "auth", "--service", "weather")
          .redirectErrorStream(true)
          .start();
      try (OutputStream in = auth.getOutputStream()) {
        in.write("k-typed\n".getBytes(StandardCharsets.UTF_8));
      }
      String output = new String(auth.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      auth.waitFor(30, TimeUnit.SECONDS);

      assertEquals(0, auth.exitValue(), output);
      assertFalse(output.contains("k-typed"), "the key is not echoed: " + output);

      McpSyncClient client = McpClient.sync(new StdioClientTransport(
              ServerParameters.builder(java).args("-Dweather.url=" + service.url(),
                  "-Dmcpgen.credentials.dir=" + credentials, "-jar",
                  System.getProperty("weather.jar")).build(), McpJsonDefaults.getMapper()))
          .requestTimeout(Duration.ofSeconds(20))
          .build();
      client.initialize();
      String forecast = ((TextContent) client.callTool(
          new CallToolRequest("forecast", Map.of("city", "Rome"))).content().get(0)).text();
      client.closeGracefully();

      assertEquals("{\"city\":\"Rome\",\"summary\":\"sunny for local\",\"celsius\":21.5}",
          forecast);
    }
  }
}
