package dev.mcpgen.runtime.internal.server;

import static dev.mcpgen.runtime.fixture.InMemoryClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.fixture.FixtureServer;
import dev.mcpgen.runtime.fixture.InMemoryClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ToolsListTest {
  private static final List<String> ALL_TOOLS =
      List.of("add", "greet", "echo", "whoami", "media", "fail", "crash", "bind", "ghost",
          "sleep", "peek");

  private static InMemoryClient client(int pageSize) {
    InMemoryClient client =
        new InMemoryClient(new FixtureServer(),
            new Settings(pageSize, 16, Duration.ofSeconds(10), 1 << 20,
            Duration.ofMinutes(1)));
    client.initialize("2025-11-25");
    return client;
  }

  private static List<String> names(JsonNode result) {
    List<String> names = new ArrayList<>();
    result.get("tools").forEach(tool -> names.add(tool.get("name").stringValue()));
    return names;
  }

  @Test
  void oneBigPageHoldsEveryToolInOrderWithoutACursor() {
    JsonNode result = client(100).request("tools/list", null).get("result");
    assertEquals(ALL_TOOLS, names(result));
    assertFalse(result.has("nextCursor"));
  }

  @Test
  void theToolsAreTheFactorysDefinitionsExactly() {
    JsonNode result = client(100).request("tools/list", null).get("result");
    assertEquals(json(firstDefinition()),
        result.get("tools").get(0));
  }

  private static String firstDefinition() {
    return new FixtureServer().toolDefinitions().get(0);
  }

  @Test
  void smallPagesAreFollowedByCursorToTheEnd() {
    InMemoryClient client = client(3);
    List<String> names = new ArrayList<>();
    int pages = 0;
    String params = null;
    while (true) {
      JsonNode result = client.request("tools/list", params).get("result");
      pages++;
      assertTrue(result.get("tools").size() <= 3);
      names.addAll(names(result));
      if (!result.has("nextCursor")) {
        break;
      }
      params = "{\"cursor\":" + result.get("nextCursor") + "}";
    }
    assertEquals(4, pages);
    assertEquals(ALL_TOOLS, names);
  }

  @Test
  void theSameCursorGivesTheSamePage() {
    InMemoryClient client = client(4);
    JsonNode cursor = client.request("tools/list", null).get("result").get("nextCursor");
    String params = "{\"cursor\":" + cursor + "}";
    assertEquals(client.request("tools/list", params).get("result"),
        client.request("tools/list", params).get("result"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"nope\"", "\"\"", "42", "{}", "\"dG9vbHM6OTk\"", "\"dG9vbHM6MA\"",
      "\"cHJvbXB0czox\""})
  void anInvalidCursorIsInvalidParams(String cursor) {
    JsonNode response = client(3).request("tools/list", "{\"cursor\":" + cursor + "}");
    assertEquals(-32602, response.get("error").get("code").intValue(), response.toString());
    assertTrue(response.get("error").get("message").stringValue().startsWith("Invalid cursor"));
  }

  @Test
  void cursorsAreOpaqueButNameTheirList() {
    String cursor = client(3).request("tools/list", null).get("result").get("nextCursor")
        .stringValue();
    assertEquals("tools:3",
        new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
  }
}
