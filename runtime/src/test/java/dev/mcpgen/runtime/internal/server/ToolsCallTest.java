package dev.mcpgen.runtime.internal.server;

import static dev.mcpgen.runtime.fixture.InMemoryClient.json;
import static dev.mcpgen.runtime.fixture.InMemoryClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.fixture.FixtureServer;
import dev.mcpgen.runtime.fixture.InMemoryClient;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ToolsCallTest {
  private final InMemoryClient client = InMemoryClient.initialized();

  private static void assertErrorResult(String expectedText, JsonNode response) {
    assertEquals(true, response.get("result").get("isError").booleanValue(), response.toString());
    assertEquals(expectedText, text(response));
  }

  private static void assertJsonRpcError(int code, String message, JsonNode response) {
    assertEquals(code, response.get("error").get("code").intValue(), response.toString());
    assertEquals(message, response.get("error").get("message").stringValue());
  }

  @Test
  void aSuccessfulCallAnswersItsContentAndNoIsError() {
    JsonNode response = client.call("add", "{\"a\":2,\"b\":3}");
    assertEquals(json("{\"content\":[{\"type\":\"text\",\"text\":\"5\"}]}"),
        response.get("result"));
  }

  @Test
  void everyKindOfContentAndStructuredContentIsWritten() {
    assertEquals(
        json("{\"content\":[{\"type\":\"text\",\"text\":\"all kinds\"},"
            + "{\"type\":\"image\",\"data\":\"AQID\",\"mimeType\":\"image/png\"},"
            + "{\"type\":\"audio\",\"data\":\"BAU=\",\"mimeType\":\"audio/wav\"}],"
            + "\"structuredContent\":{\"ok\":true}}"),
        client.call("media", "{}").get("result"));
  }

  @Test
  void theCallRunsForTheConnectionsUser() {
    assertEquals("local", text(client.call("whoami", null)));
  }

  @Test
  void absentArgumentsAreFineWhenEveryParameterIsOptional() {
    assertEquals("Hello, world!", text(client.call("greet", null)));
    assertEquals("Hello, world!", text(client.call("greet", "null")));
  }

  @Test
  void absentArgumentsStillNeedTheRequiredOnes() {
    assertErrorResult(
        "Invalid arguments for tool 'add': /a: required property missing; "
            + "/b: required property missing",
        client.call("add", null));
  }

  @Test
  void everyInvalidArgumentIsNamedInOneErrorResult() {
    assertErrorResult(
        "Invalid arguments for tool 'add': /b: expected integer, got string \"x\"; "
            + "/a: required property missing",
        client.call("add", "{\"b\":\"x\"}"));
  }

  @Test
  void anUnexpectedArgumentIsNamedWithTheExpectedOnes() {
    assertErrorResult(
        "Invalid arguments for tool 'add': /c: unexpected property; expected only a, b",
        client.call("add", "{\"a\":1,\"b\":2,\"c\":3}"));
  }

  @Test
  void anUnknownToolIsInvalidParams() {
    assertJsonRpcError(-32602, "Unknown tool: nope", client.call("nope", "{}"));
  }

  @Test
  void aToolTheInstanceDoesNotKnowIsAnUnknownToolToo() {
    assertJsonRpcError(-32602, "Unknown tool: ghost", client.call("ghost", "{}"));
  }

  @Test
  void aCallWithoutAToolNameIsInvalidParams() {
    JsonNode response = client.request("tools/call", "{\"arguments\":{}}");
    assertEquals(-32602, response.get("error").get("code").intValue());
    assertTrue(response.get("error").get("message").stringValue().contains("name"));
    assertEquals(-32602, client.request("tools/call", "{\"name\":7}").get("error").get("code")
        .intValue());
  }

  @Test
  void argumentsThatAreNotAnObjectAreInvalidParams() {
    assertJsonRpcError(-32602, "tools/call \"arguments\" must be an object, got array",
        client.call("add", "[1,2]"));
    assertEquals(-32602, client.call("add", "\"a=1\"").get("error").get("code").intValue());
  }

  @Test
  void anArgumentTheBinderRejectsIsAnErrorResultNamingIt() {
    assertErrorResult(
        "Invalid arguments for tool 'bind': /when: expected a date, got string \"soon\"",
        client.call("bind", "{\"when\":\"soon\"}"));
  }

  @Test
  void aToolExceptionIsAnErrorResultWithItsMessage() {
    assertErrorResult("The answer is no. Ask again tomorrow.", client.call("fail", "{}"));
  }

  @Test
  void anyOtherFailureIsMaskedAndRevealsNoDetail() {
    JsonNode response = client.call("crash", "{}");
    assertErrorResult("Internal error while running tool 'crash'", response);
    assertFalse(response.toString().contains("hunter2"));
    assertFalse(response.toString().contains("IllegalStateException"));
    assertFalse(response.toString().contains("at dev.mcpgen"));
    assertEquals("5", text(client.call("add", "{\"a\":2,\"b\":3}")), "still serving");
  }

  @Test
  void aFactoryThatCannotCreateAnInstanceGivesAClearErrorAndTheServerKeepsServing() {
    AtomicInteger attempts = new AtomicInteger();
    ServerFactory broken = new ServerFactory() {
      @Override
      public ServerInfo info() {
        return new ServerInfo("broken", "1", null, null);
      }

      @Override
      public List<String> toolDefinitions() {
        return List.of("{\"name\":\"t\",\"inputSchema\":{\"type\":\"object\"}}");
      }

      @Override
      public ServerInstance create(UserContext user) {
        if (attempts.incrementAndGet() == 1) {
          throw new IllegalStateException("no database");
        }
        return (name, arguments, context) -> dev.mcpgen.runtime.CallToolResult.text("ok");
      }
    };
    InMemoryClient client = new InMemoryClient(broken);
    client.initialize("2025-11-25");
    assertJsonRpcError(-32603,
        "Server 'broken' could not be started for user 'local' (IllegalStateException; "
            + "see the server log)",
        client.call("t", "{}"));
    assertEquals("ok", text(client.call("t", "{}")), "the next call tries again");
  }

  @Test
  void manyConcurrentCallsAreAllAnswered() {
    int calls = 500;
    for (int i = 0; i < calls; i++) {
      client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"tools/call\","
          + "\"params\":{\"name\":\"add\",\"arguments\":{\"a\":" + i + ",\"b\":1}}}");
    }
    boolean[] answered = new boolean[calls];
    for (int i = 0; i < calls; i++) {
      JsonNode response = client.next();
      int id = response.get("id").intValue();
      assertEquals(Integer.toString(id + 1), text(response));
      answered[id] = true;
    }
    for (int i = 0; i < calls; i++) {
      assertTrue(answered[i], "call " + i);
    }
  }
}
