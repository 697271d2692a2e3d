package dev.mcpgen.samples.weather;

import dev.mcpgen.annotations.McpServer;
import dev.mcpgen.annotations.McpTool;
import dev.mcpgen.annotations.McpTool.Hint;
import dev.mcpgen.runtime.ApiKey;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.ToolException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a weather service for forecasts with the calling user's own API key, which the user
 * stores once with {@code java -jar weather.jar auth --service weather}. The service's address
 * comes from the system property {@code weather.url}.
 */
@McpServer(name = "weather", version = "0.1.0", title = "Weather")
public class Weather {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Tomorrow's forecast for a city.
   *
   * @param city the city, e.g. Paris
   */
  @McpTool(readOnly = Hint.TRUE, openWorld = Hint.TRUE)
  public Forecast forecast(McpContext context, String city) throws IOException,
      InterruptedException {
    ApiKey key = context.credentials("weather", ApiKey.class);
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/forecast?city="
            + URLEncoder.encode(city, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(20))
        .header("Authorization", "Bearer " + key.key())
        .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 401) {
      throw new ToolException("The weather service refused the user's API key. Ask the user to"
          + " run: java -jar weather.jar auth --service weather");
    }
    if (response.statusCode() != 200) {
      throw new ToolException("The weather service answered HTTP " + response.statusCode());
    }
    try {
      return JSON.readValue(response.body(), Forecast.class);
    } catch (JacksonException e) {
      throw new ToolException("The weather service sent no forecast");
    }
  }

  private static String baseUrl() {
    return System.getProperty("weather.url", "https://weather.example.com");
  }
}
