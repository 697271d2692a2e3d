package dev.mcpgen.testkit;

import static dev.mcpgen.testkit.McpAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The client's side of what servers send on their own: requests (elicitation, sampling) and
 * notifications, as a {@link ScriptedServer} sends them: the raw exchanges, whatever the server.
 */
class ServerRequestsTest {
  private final ScriptedServer server = new ScriptedServer();
  private final McpTestClient client = McpTestClient.of(server);

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void declaresElicitationAndSamplingInInitialize() {
    assertEquals("{\"elicitation\":{\"form\":{}},\"sampling\":{},\"roots\":{}}",
        server.initializeParams().get("capabilities").toString());
    assertEquals("2025-11-25", server.initializeParams().get("protocolVersion").asString());
  }

  @Test
  void answersElicitationWithTheTestsHandler() {
    List<JsonNode> asked = new CopyOnWriteArrayList<>();
    client.onElicitation(params -> {
      asked.add(params);
      return Map.of("action", "accept", "content", Map.of("name", "Ada"));
    });

    ToolResult result = client.callTool("ask",
        Map.of("method", "elicitation/create", "params", Map.of("message", "Your name?")));

    assertThat(result).hasStructuredContent("""
        {"jsonrpc":"2.0","id":"server-1",
         "result":{"action":"accept","content":{"name":"Ada"}}}""");
    assertEquals("[{\"message\":\"Your name?\"}]", asked.toString());
  }

  @Test
  void answersSamplingWithTheTestsHandler() {
    client.onSampling(params -> Map.of("role", "assistant", "model", "test",
        "content", Map.of("type", "text", "text", "Paris")));

    ToolResult result = client.callTool("ask",
        Map.of("method", "sampling/createMessage", "params", Map.of("maxTokens", 10)));

    assertThat(result).hasStructuredContent("""
        {"jsonrpc":"2.0","id":"server-1","result":{"role":"assistant","model":"test",
         "content":{"type":"text","text":"Paris"}}}""");
  }

  @Test
  void answersRequestsWithoutHandlerWithMethodNotFound() {
    ToolResult result = client.callTool("ask", Map.of("method", "roots/list", "params", Map.of()));

    assertEquals(-32601, result.structuredContent().at("/error/code").asInt());
    assertEquals("The test client has no handler for roots/list: register one with "
            + "onElicitation, onSampling or onRequest",
        result.structuredContent().at("/error/message").asString());
  }

  @Test
  void answersWithTheErrorAHandlerThrows() {
    client.onRequest("roots/list", params -> {
      throw new McpRequestException(-32000, "no roots today");
    });
    client.onElicitation(params -> {
      throw new IllegalStateException("oops");
    });

    assertThat(client.callTool("ask", Map.of("method", "roots/list")))
        .hasStructuredContent("""
            {"jsonrpc":"2.0","id":"server-1",
             "error":{"code":-32000,"message":"no roots today"}}""");
    assertThat(client.callTool("ask", Map.of("method", "elicitation/create")))
        .hasStructuredContent("""
            {"jsonrpc":"2.0","id":"server-2","error":{"code":-32603,"message":
             "The test's handler for elicitation/create failed: \
            java.lang.IllegalStateException: oops"}}""");
  }

  @Test
  void capturesNotificationsInOrder() {
    client.onElicitation(params -> Map.of("action", "decline"));
    assertThat(client.notifications()).isEmpty();

    client.callTool("ask", Map.of("method", "elicitation/create"));

    assertThat(client.notifications())
        .hasSize(2)
        .contains("notifications/progress", "{\"progressToken\":\"p\",\"progress\":1.0}")
        .contains("notifications/message")
        .doesNotContain("notifications/resources/updated");
    assertEquals(List.of("notifications/progress", "notifications/message"),
        client.notifications().stream().map(Notification::method).toList());
  }
}
