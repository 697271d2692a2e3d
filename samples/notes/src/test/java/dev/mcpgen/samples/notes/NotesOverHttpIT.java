package dev.mcpgen.samples.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar over HTTP with API keys made by its {@code api-key} command and notes in an
 * H2 file: two users kept apart, keyless and foreign requests refused, an acknowledged note
 * kept across a crash (kill -9) and restart of the host.
 */
class NotesOverHttpIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":"
      + "\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
      + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

  @TempDir Path data;

  private final HttpClient http = HttpClient.newHttpClient();

  private List<String> properties() {
    return List.of("-Dmcpgen.http.apiKeys=" + data.resolve("api-keys.json"),
        "-Dmcpgen.store=jdbc:h2:" + data.resolve("notes").toAbsolutePath());
  }

  private HttpResponse<String> post(NotesHttpProcess host, String key, String session,
      String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.baseUrl() + "/notes/mcp"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (session != null) {
      request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String open(NotesHttpProcess host, String key) throws Exception {
    HttpResponse<String> opened = post(host, key, null, INITIALIZE);
    assertEquals(200, opened.statusCode(), opened.body());
    String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
    post(host, key, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    return session;
  }

  private JsonNode call(NotesHttpProcess host, String key, String session, String tool,
      String arguments) throws Exception {
    HttpResponse<String> response = post(host, key, session, "{\"jsonrpc\":\"2.0\",\"id\":1,"
        + "\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\",\"arguments\":"
        + arguments + "}}");
    assertEquals(200, response.statusCode(), response.body());
    String body = response.body().lines().filter(line -> line.startsWith("data:")).findFirst()
        .map(line -> line.substring(5)).orElse(response.body());
    return JSON.readTree(body).get("result");
  }

  @Test
  void usersAreKeptApartAndNotesSurviveACrashOfTheHost() throws Exception {
    String aliceKey = NotesHttpProcess.run(properties(), "api-key", "--user-id", "alice").strip();
    String bobKey = NotesHttpProcess.run(properties(), "api-key", "--user-id", "bob").strip();
    assertTrue(aliceKey.startsWith("mcp_"), aliceKey);
    assertFalse(Files.readString(data.resolve("api-keys.json")).contains(aliceKey),
        "only hashes are kept");

    String noteId;
    try (NotesHttpProcess host = NotesHttpProcess.serve(properties())) {
      assertEquals(401, post(host, null, null, INITIALIZE).statusCode());
      assertEquals(401, post(host, "mcp_forged", null, INITIALIZE).statusCode());
      String alice = open(host, aliceKey);
      String bob = open(host, bobKey);
      noteId = call(host, aliceKey, alice, "add_note", "{\"title\":\"t\",\"text\":\"secret\"}")
          .get("structuredContent").get("id").asString();

      assertTrue(call(host, bobKey, bob, "get_note", "{\"id\":\"" + noteId + "\"}")
          .get("isError").asBoolean());
      assertEquals(0, call(host, bobKey, bob, "list_notes", "{}").get("structuredContent")
          .get("notes").size());
      assertEquals(404, post(host, bobKey, alice, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"
          + "\"tools/call\",\"params\":{\"name\":\"list_notes\",\"arguments\":{}}}")
          .statusCode(), "alice's session id is worth nothing to bob");
      host.kill();
    }

    try (NotesHttpProcess host = NotesHttpProcess.serve(properties())) {
      String alice = open(host, aliceKey);
      assertEquals("secret", call(host, aliceKey, alice, "get_note",
          "{\"id\":\"" + noteId + "\"}").get("structuredContent").get("text").asString());
    }
  }
}
