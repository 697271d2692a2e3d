package dev.mcpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/** The client configuration the processor writes beside the manifests. */
class ClientConfigTest {
  @Test
  void everyServerComesWithItsStdioClientConfiguration() {
    ClassLoader loader = Fixtures.load(
        JavaFileObjects.forSourceString("test.Weather", """
            package test;
            @dev.mcpgen.annotations.McpServer(name = "weather")
            public class Weather {
              /** Forecasts. */
              @dev.mcpgen.annotations.McpTool public String forecast(String city) { return city; }
            }
            """),
        JavaFileObjects.forSourceString("test.Clock", """
            package test;
            public class Clock {
              /** Tells the time. */
              @dev.mcpgen.annotations.McpTool public String now() { return ""; }
            }
            """));

    assertEquals(
        Json.tree("{\"mcpServers\":{\"weather\":{\"command\":\"java\","
            + "\"args\":[\"-jar\",\"weather.jar\"]}}}"),
        Json.tree(Fixtures.resource(loader, "META-INF/mcp/weather/mcp.json")));
    assertEquals(
        Json.tree("{\"mcpServers\":{\"clock\":{\"command\":\"java\","
            + "\"args\":[\"-jar\",\"clock.jar\"]}}}"),
        Json.tree(Fixtures.resource(loader, "META-INF/mcp/clock/mcp.json")));
  }

  @Test
  void theConfigurationIsPrettyForPeopleToCopy() {
    ClassLoader loader = Fixtures.load(JavaFileObjects.forSourceString("test.Clock", """
        package test;
        public class Clock {
          /** Tells the time. */
          @dev.mcpgen.annotations.McpTool public String now() { return ""; }
        }
        """));

    assertEquals("""
        {
          "mcpServers": {
            "clock": {
              "command": "java",
              "args": ["-jar", "clock.jar"]
            }
          }
        }
        """, Fixtures.resource(loader, "META-INF/mcp/clock/mcp.json"));
  }
}
