package dev.mcpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.fixture.StateServer;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.auth.ApiKeyAuthenticator;
import dev.mcpgen.runtime.internal.auth.ApiKeyHashes;
import dev.mcpgen.runtime.internal.auth.LocalFileProvider;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** API keys over Streamable HTTP: a real socket, two users, keys checked against hashes. */
class HttpAuthenticationTest {
  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":"
      + "\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
      + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

  @TempDir Path folder;

  private final String aliceKey = ApiKeyHashes.newKey();
  private final String bobKey = ApiKeyHashes.newKey();
  private final HttpClient http = HttpClient.newHttpClient();
  private McpHttpHost host;

  @BeforeEach
  void start() throws Exception {
    System.setProperty(LocalFileProvider.DIR_PROPERTY, folder.resolve("credentials").toString());
    new LocalFileProvider(folder.resolve("credentials")).client("weather", ApiKey.class)
        .save("alice", new ApiKey("alice-weather-key"));
    Path keys = folder.resolve("api-keys.json");
    Files.writeString(keys, "{\"keys\":[{\"userId\":\"alice\",\"sha256\":\""
        + ApiKeyHashes.hash(aliceKey) + "\"},{\"userId\":\"bob\",\"sha256\":\""
        + ApiKeyHashes.hash(bobKey) + "\"}]}");
    host = McpHttpHost.builder().port(0).servers(List.of(new StateServer()))
        .authenticator(ApiKeyAuthenticator.fromFile(keys)).build().start();
  }

  @AfterEach
  void stop() {
    host.close();
    System.clearProperty(LocalFileProvider.DIR_PROPERTY);
  }

  private HttpResponse<String> post(String path, String authorization, String session,
      String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + host.port() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (session != null) {
      request.header("Mcp-Session-Id", session);
      request.header("MCP-Protocol-Version", "2025-11-25");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Opens a session with {@code key}; returns its id. */
  private String open(String key) throws Exception {
    HttpResponse<String> opened = post("/state/mcp", "Bearer " + key, null, INITIALIZE);
    assertEquals(200, opened.statusCode(), opened.body());
    String session = opened.headers().firstValue("Mcp-Session-Id").orElse(null);
    assertNotNull(session);
    post("/state/mcp", "Bearer " + key, session,
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    return session;
  }

  private String call(String key, String session, String tool, String arguments)
      throws Exception {
    HttpResponse<String> response = post("/state/mcp", "Bearer " + key, session,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\""
            + tool + "\",\"arguments\":" + arguments + "}}");
    assertEquals(200, response.statusCode(), response.body());
    return json(response.body()).get("result").get("content").get(0).get("text").stringValue();
  }

  /** The JSON of a response, whether sent as JSON or as one SSE event. */
  private static JsonNode json(String body) {
    String data = body.lines().filter(line -> line.startsWith("data:")).findFirst()
        .map(line -> line.substring(5)).orElse(body);
    return Json.MAPPER.readTree(data);
  }

  @Test
  void noKeyOrAWrongKeyIsRefusedWith401AndAChallenge() throws Exception {
    HttpResponse<String> none = post("/state/mcp", null, null, INITIALIZE);
    HttpResponse<String> wrong = post("/state/mcp", "Bearer " + aliceKey + "x", null, INITIALIZE);

    assertEquals(401, none.statusCode());
    assertEquals("Bearer realm=\"mcp\"", none.headers().firstValue("WWW-Authenticate")
        .orElseThrow());
    assertEquals(401, wrong.statusCode());
    assertEquals("Bearer realm=\"mcp\", error=\"invalid_token\"",
        wrong.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertFalse(wrong.body().contains(aliceKey), "the key is not echoed: " + wrong.body());
  }

  @Test
  void aSessionIdIsWorthNothingToAnotherUserOrWithoutTheKey() throws Exception {
    String alice = open(aliceKey);
    call(aliceKey, alice, "put", "{\"key\":\"k\",\"value\":\"secret\"}");
    String get = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":"
        + "{\"name\":\"get\",\"arguments\":{\"key\":\"k\"}}}";

    HttpResponse<String> replayed = post("/state/mcp", "Bearer " + bobKey, alice, get);
    HttpResponse<String> keyless = post("/state/mcp", null, alice, get);

    assertEquals(404, replayed.statusCode(), replayed.body());
    assertFalse(replayed.body().contains("secret"));
    assertEquals(401, keyless.statusCode(), keyless.body());
    assertEquals("secret", call(aliceKey, alice, "get", "{\"key\":\"k\"}"));
  }

  @Test
  void theSeedsPathFormIsVerifiedLikeABearerKey() throws Exception {
    assertEquals(401, openLegacy("/state/alice:wrong"));
    assertEquals(401, openLegacy("/state/bob:" + aliceKey), "a key opens only its own user");
    assertEquals(200, openLegacy("/state/alice:" + aliceKey));
  }

  @Test
  void hostileUserIdsInTheSeedsPathAreRefusedWithAClearError() throws Exception {
    HttpResponse<String> control = http.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + host.port() + "/state/evil%0Aline:" + aliceKey))
        .header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> longId = http.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + host.port() + "/state/" + "x".repeat(10_000)))
        .header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(400, control.statusCode());
    assertTrue(control.body().contains("Invalid user id \\\"evil\\\\u000aline\\\""),
        control.body());
    assertEquals(400, longId.statusCode(), longId.body());
    assertTrue(longId.body().contains("it has 10000 characters, at most 128"), longId.body());
  }

  @Test
  void eachUserReachesOnlyTheirOwnCredentials() throws Exception {
    assertEquals("alice-weather-key", call(aliceKey, open(aliceKey), "key", "{}"));
    assertTrue(call(bobKey, open(bobKey), "key", "{}").startsWith(
        "No credentials for service 'weather' for user 'bob'"));
  }

  /** Opens a legacy SSE stream; returns its status, and closes it. */
  private int openLegacy(String path) throws Exception {
    HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + host.port() + path))
        .timeout(Duration.ofSeconds(30)).header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    response.body().close();
    return response.statusCode();
  }

  @Test
  void twoUsersNeitherReadNorChangeEachOthersState() throws Exception {
    String alice = open(aliceKey);
    String bob = open(bobKey);

    call(aliceKey, alice, "put", "{\"key\":\"note.1\",\"value\":\"alice's\"}");

    assertEquals("<none>", call(bobKey, bob, "get", "{\"key\":\"note.1\"}"));
    assertEquals("false", call(bobKey, bob, "delete", "{\"key\":\"note.1\"}"));
    assertEquals("alice's", call(aliceKey, alice, "get", "{\"key\":\"note.1\"}"));
  }
}
