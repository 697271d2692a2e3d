package dev.mcpgen.samples.weather;

import static dev.mcpgen.testkit.McpAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpgen.runtime.ApiKey;
import dev.mcpgen.runtime.internal.auth.LocalFileProvider;
import dev.mcpgen.testkit.McpServerTest;
import dev.mcpgen.testkit.McpTestClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each user's calls reach the (fake) weather service with that user's key and no other. */
@McpServerTest(Weather.class)
class WeatherTest {
  @TempDir static Path credentials;
  static FakeWeatherService service;

  @BeforeAll
  static void start() throws Exception {
    service = new FakeWeatherService(Map.of("alice-key", "alice"));
    System.setProperty("weather.url", service.url());
    System.setProperty(LocalFileProvider.DIR_PROPERTY, credentials.toString());
    new LocalFileProvider(credentials).client("weather", ApiKey.class)
        .save("alice", new ApiKey("alice-key"));
  }

  @AfterAll
  static void stop() {
    service.close();
    System.clearProperty("weather.url");
    System.clearProperty(LocalFileProvider.DIR_PROPERTY);
  }

  @Test
  void aUserGetsForecastsWithTheirOwnKey(McpTestClient client) {
    Forecast forecast = client.forUser("alice").callTool("forecast", Map.of("city", "Paris"))
        .structuredContent(Forecast.class);

    assertEquals(new Forecast("Paris", "sunny for alice", 21.5), forecast);
  }

  @Test
  void aUserWithoutCredentialsIsToldWhichCommandToRunAndTheServiceIsNotCalled(
      McpTestClient client) {
    int calls = service.keysSeen().size();

    assertThat(client.forUser("bob").callTool("forecast", Map.of("city", "Paris"))).isError()
        .hasText("No credentials for service 'weather' for user 'bob'. Ask the user to run: "
            + "java -jar <server>.jar auth --service weather --user-id bob");
    assertEquals(calls, service.keysSeen().size());
  }

  @Test
  void oneUsersKeyIsNeverUsedForAnother(McpTestClient client) {
    client.forUser("alice").callTool("forecast", Map.of("city", "Oslo"));
    client.forUser("bob").callTool("forecast", Map.of("city", "Oslo"));

    assertEquals(List.of("alice-key"), service.keysSeen().stream().distinct().toList());
  }
}
