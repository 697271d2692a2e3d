package dev.mcpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mcpgen.runtime.fixture.StateServer;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.spi.AuthenticationException;
import dev.mcpgen.runtime.spi.TokenValidator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The host as an OAuth 2.1 resource server over a real socket: tokens checked for the server
 * addressed, metadata at the well-known path, tools filtered and refused by scope.
 */
class OAuthResourceServerTest {
  private static final String RESOURCE = "https://mcp.example.com/state/mcp";
  private static final String METADATA =
      "https://mcp.example.com/.well-known/oauth-protected-resource/state/mcp";
  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":"
      + "\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
      + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

  /** put needs state:write, delete also admin. */
  private static final StateServer SCOPED = new StateServer() {
    @Override
    public Map<String, Set<String>> toolScopes() {
      return Map.of("put", Set.of("state:write"), "delete", Set.of("state:write", "admin"));
    }
  };

  /** Knows a reader's and a writer's token for this resource, and one for another. */
  private static final TokenValidator TOKENS = (token, resource) -> {
    Map<String, UserContext> known = Map.of(
        "reader", new UserContext("alice", null, Set.of("state:read")),
        "writer", new UserContext("alice", null, Set.of("state:write")),
        "elsewhere", new UserContext("alice", null, Set.of("state:write")));
    UserContext user = known.get(token);
    if (user == null || (token.equals("elsewhere") || !resource.equals(RESOURCE))) {
      throw new AuthenticationException("the access token is not valid for " + resource);
    }
    return user;
  };

  private final HttpClient http = HttpClient.newHttpClient();
  private McpHttpHost host;

  @BeforeEach
  void start() throws Exception {
    host = McpHttpHost.builder().port(0).servers(List.of(SCOPED))
        .oauth(TOKENS, "https://mcp.example.com/", List.of("https://as.example.com")).build()
        .start();
  }

  @AfterEach
  void stop() {
    host.close();
  }

  private HttpResponse<String> send(String path, String token, String session, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + host.port() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json, text/event-stream");
    if (body != null) {
      request.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (session != null) {
      request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String open(String token) throws Exception {
    HttpResponse<String> opened = send("/state/mcp", token, null, INITIALIZE);
    assertEquals(200, opened.statusCode(), opened.body());
    String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
    send("/state/mcp", token, session,
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    return session;
  }

  private static JsonNode json(String body) {
    return Json.MAPPER.readTree(body.lines().filter(line -> line.startsWith("data:"))
        .findFirst().map(line -> line.substring(5)).orElse(body));
  }

  private static String callPut() {
    return "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
        + "\"put\",\"arguments\":{\"key\":\"k\",\"value\":\"v\"}}}";
  }

  @Test
  void withoutAValidTokenTheChallengePointsToTheMetadata() throws Exception {
    HttpResponse<String> none = send("/state/mcp", null, null, INITIALIZE);
    HttpResponse<String> elsewhere = send("/state/mcp", "elsewhere", null, INITIALIZE);

    String challenge = "Bearer resource_metadata=\"" + METADATA
        + "\", scope=\"admin state:write\"";
    assertEquals(401, none.statusCode());
    assertEquals(challenge, none.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertEquals(401, elsewhere.statusCode(), "a token for another resource is refused");
    assertEquals(challenge, elsewhere.headers().firstValue("WWW-Authenticate").orElseThrow());
  }

  @Test
  void theMetadataIsServedAtTheWellKnownPaths() throws Exception {
    JsonNode expected = Json.MAPPER.readTree("{\"resource\":\"" + RESOURCE + "\","
        + "\"authorization_servers\":[\"https://as.example.com\"],"
        + "\"scopes_supported\":[\"admin\",\"state:write\"],"
        + "\"bearer_methods_supported\":[\"header\"]}");

    HttpResponse<String> perServer =
        send("/.well-known/oauth-protected-resource/state/mcp", null, null, null);
    HttpResponse<String> root = send("/.well-known/oauth-protected-resource", null, null, null);

    assertEquals(200, perServer.statusCode());
    assertEquals(expected, Json.MAPPER.readTree(perServer.body()));
    assertEquals(expected, Json.MAPPER.readTree(root.body()));
    assertEquals(404, send("/.well-known/oauth-protected-resource/other/mcp", null, null, null)
        .statusCode());
  }

  @Test
  void aTokenWithoutAToolsScopeNeitherSeesNorCallsIt() throws Exception {
    String session = open("reader");

    JsonNode listed = json(send("/state/mcp", "reader", session,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}").body());
    HttpResponse<String> refused = send("/state/mcp", "reader", session, callPut());

    List<String> names = new ArrayList<>();
    listed.get("result").get("tools").forEach(tool -> names.add(tool.get("name").asString()));
    assertEquals(List.of("get", "keys", "key"), names);
    assertEquals(403, refused.statusCode());
    assertEquals("Bearer error=\"insufficient_scope\", scope=\"state:write\", "
        + "resource_metadata=\"" + METADATA + "\"",
        refused.headers().firstValue("WWW-Authenticate").orElseThrow());
  }

  @Test
  void aTokenWithTheScopeCallsTheTool() throws Exception {
    String session = open("writer");

    HttpResponse<String> put = send("/state/mcp", "writer", session, callPut());

    assertEquals(200, put.statusCode(), put.body());
    JsonNode result = json(put.body()).get("result");
    assertFalse(result.path("isError").asBoolean(false), result.toString());
  }

  @Test
  void afterA403TheSameSessionServesAWiderTokenOfTheSameUser() throws Exception {
    String session = open("reader");
    assertEquals(403, send("/state/mcp", "reader", session, callPut()).statusCode());

    HttpResponse<String> stepUp = send("/state/mcp", "writer", session, callPut());

    assertEquals(200, stepUp.statusCode(), stepUp.body());
    assertEquals("stored", json(stepUp.body()).get("result").get("content").get(0).get("text")
        .asString());
  }
}
