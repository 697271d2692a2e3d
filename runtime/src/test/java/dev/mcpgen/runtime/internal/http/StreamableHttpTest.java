package dev.mcpgen.runtime.internal.http;

import static dev.mcpgen.runtime.internal.http.Client.call;
import static dev.mcpgen.runtime.internal.http.Client.json;
import static dev.mcpgen.runtime.internal.http.Client.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Streamable HTTP transport's status codes and header rules, over a real socket. */
class StreamableHttpTest {
  private static final String MCP = "/fixture/mcp";

  private final TestHost host = TestHost.start();
  private final Client client = new Client(host);

  @AfterEach
  void close() {
    host.close();
  }

  private HttpResponse<String> post(String body) {
    return client.send(client.post(MCP, body));
  }

  @Test
  void initializeAnswersJsonAndIssuesAnUnguessableSessionId() {
    HttpResponse<String> response = post(Client.INITIALIZE.formatted("2025-11-25"));
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("application/json"),
        response.headers().firstValue("Content-Type"));
    assertEquals("fixture",
        json(response.body()).get("result").get("serverInfo").get("name").stringValue());
    String id = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
    assertTrue(id.length() >= 22, "at least 128 bits: " + id);
    assertTrue(id.chars().allMatch(c -> c >= 0x21 && c <= 0x7e), "visible ASCII: " + id);
    assertNotEquals(id, client.initialize(MCP));
  }

  @Test
  void aSessionServesRequestsAsJson() {
    String id = client.initialize(MCP);
    HttpResponse<String> response = client.post(MCP, id, call(1, "add", "{\"a\":2,\"b\":3}"));
    assertEquals(200, response.statusCode());
    assertEquals("5", text(json(response.body())));
    assertEquals("local", text(json(client.post(MCP, id, call(2, "whoami", "{}")).body())));
  }

  @Test
  void requestsAfterInitializeNeedTheSessionId() {
    HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");
    assertEquals(400, response.statusCode());
    JsonNode error = json(response.body());
    assertTrue(error.get("id").isNull(), response.body());
    assertTrue(error.get("error").get("message").stringValue().contains("Mcp-Session-Id"));
  }

  @Test
  void anUnknownOrDeletedSessionIs404() {
    assertEquals(404, client.post(MCP, "no-such-session", "{\"jsonrpc\":\"2.0\",\"id\":1,"
        + "\"method\":\"ping\"}").statusCode());
    String id = client.initialize(MCP);
    HttpResponse<String> deleted =
        client.send(client.request(MCP).header("Mcp-Session-Id", id).DELETE());
    assertEquals(204, deleted.statusCode());
    HttpResponse<String> after =
        client.post(MCP, id, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");
    assertEquals(404, after.statusCode());
    assertEquals(-32001, json(after.body()).get("error").get("code").intValue());
    assertEquals(404,
        client.send(client.request(MCP).header("Mcp-Session-Id", id).DELETE()).statusCode());
    assertEquals(400, client.send(client.request(MCP).DELETE()).statusCode());
  }

  @Test
  void aSessionIsValidOnItsOwnServerOnly() {
    String id = client.initialize(MCP);
    assertEquals(404, client.post("/other/mcp", id,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").statusCode());
  }

  @Test
  void notificationsAndResponsesAreAcceptedWith202AndNoBody() {
    String id = client.initialize(MCP);
    HttpResponse<String> notification = client.post(MCP, id,
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{}}");
    assertEquals(202, notification.statusCode());
    assertEquals("", notification.body());
    HttpResponse<String> response =
        client.post(MCP, id, "{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"result\":{}}");
    assertEquals(202, response.statusCode());
    assertEquals("", response.body());
  }

  @Test
  void aMessageThatIsNotJsonRpcIs400() {
    String id = client.initialize(MCP);
    HttpResponse<String> parse = client.post(MCP, id, "{not json");
    assertEquals(400, parse.statusCode());
    assertEquals(-32700, json(parse.body()).get("error").get("code").intValue());
    HttpResponse<String> invalid = client.post(MCP, id, "{\"jsonrpc\":\"1.0\",\"method\":\"x\"}");
    assertEquals(400, invalid.statusCode());
    assertEquals(-32600, json(invalid.body()).get("error").get("code").intValue());
  }

  @Test
  void aBodyThatIsNotDeclaredJsonIs415() {
    HttpResponse<String> response = client.send(client.request(MCP)
        .header("Content-Type", "text/plain").header("Accept", Client.BOTH)
        .POST(HttpRequest.BodyPublishers.ofString(Client.INITIALIZE.formatted("2025-11-25"))));
    assertEquals(415, response.statusCode());
    HttpResponse<String> charset = client.send(client.request(MCP)
        .header("Content-Type", "application/json; charset=utf-8").header("Accept", Client.BOTH)
        .POST(HttpRequest.BodyPublishers.ofString(Client.INITIALIZE.formatted("2025-11-25"))));
    assertEquals(200, charset.statusCode());
  }

  @Test
  void anAcceptListingNeitherAnswerTypeIs406() {
    String init = Client.INITIALIZE.formatted("2025-11-25");
    HttpResponse<String> html =
        client.send(client.post(MCP, init).setHeader("Accept", "text/html"));
    assertEquals(406, html.statusCode());
    assertEquals(200, client.send(client.post(MCP, init).setHeader("Accept", "*/*")).statusCode());
    assertEquals(200, client.send(client.post(MCP, init).setHeader("Accept", "application/json"))
        .statusCode());
    String id = client.initialize(MCP);
    assertEquals(406, client.send(client.request(MCP).header("Mcp-Session-Id", id)
        .header("Accept", "application/json").GET()).statusCode());
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\""
        + "x".repeat(70 * 1024) + "\"}}";
    HttpResponse<String> response = post(big);
    assertEquals(413, response.statusCode());
    assertTrue(json(response.body()).get("error").get("message").stringValue()
        .contains("65536 bytes"), response.body());
    // Chunked, so the limit is enforced while reading rather than from Content-Length.
    HttpResponse<String> chunked = client.send(client.request(MCP)
        .header("Content-Type", "application/json").header("Accept", Client.BOTH)
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(big.getBytes()))));
    assertEquals(413, chunked.statusCode());
  }

  @Test
  void otherMethodsAre405WithTheAllowedOnes() {
    HttpResponse<String> response = client.send(
        client.request(MCP).PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(405, response.statusCode());
    assertEquals(Optional.of("GET, POST, DELETE"), response.headers().firstValue("Allow"));
  }

  @Test
  void anUnsupportedProtocolVersionHeaderIs400() {
    String id = client.initialize(MCP);
    String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    HttpResponse<String> bad =
        client.send(client.post(MCP, ping).header("Mcp-Session-Id", id)
            .header("MCP-Protocol-Version", "1999-01-01"));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("1999-01-01"), bad.body());
    assertEquals(200, client.send(client.post(MCP, ping).header("Mcp-Session-Id", id)
        .header("MCP-Protocol-Version", "2025-11-25")).statusCode());
    // Absent, 2025-03-26 is assumed, which is supported.
    assertEquals(200, client.post(MCP, id, ping).statusCode());
  }

  @Test
  void batchesAreForProtocol20250326Only() {
    String batch = "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},"
        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
        + "\"arguments\":{\"a\":1,\"b\":1}}}]";
    String latest = client.initialize(MCP);
    HttpResponse<String> refused = client.post(MCP, latest, batch);
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("2025-03-26"), refused.body());

    String older = client.initialize(MCP, "2025-03-26");
    HttpResponse<String> answered = client.post(MCP, older, batch);
    assertEquals(200, answered.statusCode());
    JsonNode answers = json(answered.body());
    assertTrue(answers.isArray(), answered.body());
    assertEquals(2, answers.size());
    assertEquals(202, client.post(MCP, older, "[" + Client.INITIALIZED + "]").statusCode());
  }

  @Test
  void aRefusedInitializeLeavesNoSession() {
    HttpResponse<String> response =
        post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}");
    assertEquals(200, response.statusCode());
    assertEquals(-32602, json(response.body()).get("error").get("code").intValue());
    assertNull(response.headers().firstValue("Mcp-Session-Id").orElse(null));
    host.awaitCounts(c -> c.sessions() == 0);
  }

  @Test
  void theSingleServerOfAHostIsAlsoAtSlashMcp() {
    try (TestHost single = TestHost.start(TestHost.settings(),
        java.util.List.of(new dev.mcpgen.runtime.fixture.FixtureServer()))) {
      Client other = new Client(single);
      String id = other.initialize("/mcp");
      assertEquals("5", text(json(other.post("/mcp", id, call(1, "add", "{\"a\":2,\"b\":3}"))
          .body())));
    }
    assertEquals(404, client.send(client.post("/mcp", Client.INITIALIZE.formatted("2025-11-25")))
        .statusCode());
  }
}
