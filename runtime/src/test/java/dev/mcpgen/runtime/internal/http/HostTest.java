package dev.mcpgen.runtime.internal.http;

import static dev.mcpgen.runtime.internal.http.Client.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.fixture.BrokenServer;
import dev.mcpgen.runtime.fixture.FixtureServer;
import dev.mcpgen.runtime.fixture.OtherServer;
import dev.mcpgen.runtime.spi.AuthenticationException;
import dev.mcpgen.runtime.spi.Authenticator;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** One host, several servers: paths, /health, load failures, limits and authentication. */
class HostTest {
  @Test
  void oneHostServesTwoServersEachAtItsPathAndListsThemInHealth() {
    try (TestHost host = TestHost.start()) {
      Client client = new Client(host);
      client.initialize("/fixture/mcp");
      assertEquals("fixture", whoIs(client, "/fixture/mcp"));
      assertEquals("other", whoIs(client, "/other/mcp"));
      try (LegacyClient other = new LegacyClient(client, "/other/sse")) {
        other.initialize();
        // Answers reach the client a moment before their exchange is counted out.
        host.awaitCounts(c -> c.exchanges() == 1);
        JsonNode health = json(client.send(client.request("/health").GET()).body());
        assertEquals("ok", health.get("status").stringValue());
        assertEquals(json("""
            [{"name":"fixture","version":"1.2.3","path":"/fixture/mcp","sessions":2,
              "instances":0},
             {"name":"other","version":"0.0.1","path":"/other/mcp","sessions":2,
              "instances":0}]"""), health.get("servers"));
        assertEquals(4, health.get("sessions").intValue());
        // The legacy stream is an exchange under way.
        assertEquals(1, health.get("streams").intValue());
        assertEquals(1, health.get("exchanges").intValue());
      }
    }
  }

  private static String whoIs(Client client, String path) {
    HttpResponse<String> response =
        client.send(client.post(path, Client.INITIALIZE.formatted("2025-11-25")));
    return json(response.body()).get("result").get("serverInfo").get("name").stringValue();
  }

  @Test
  void unknownPathsAre404NamingWhatIsServed() {
    try (TestHost host = TestHost.start()) {
      Client client = new Client(host);
      for (String path : List.of("/", "/mcp", "/nope/mcp", "/fixture/", "/fixture/a/b",
          "/fixture/a/messages/x")) {
        HttpResponse<String> response = client.send(client.request(path).GET());
        assertEquals(404, response.statusCode(), path);
        assertTrue(response.body().contains("/fixture/mcp, /other/mcp and /health"),
            response.body());
      }
    }
  }

  @Test
  void serversThatCannotBeServedAreReportedNotSkipped(@TempDir Path classes) throws IOException {
    Path services = classes.resolve("META-INF/services/dev.mcpgen.runtime.spi.ServerFactory");
    Files.createDirectories(services.getParent());
    Files.writeString(services, BrokenServer.class.getName() + "\nno.such.Factory\n");
    ServerLoader.Found found;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        HostTest.class.getClassLoader())) {
      found = ServerLoader.load(loader);
    }
    assertEquals(List.of("fixture", "other"),
        found.factories().stream().map(f -> f.info().name()).sorted().toList());
    List<dev.mcpgen.runtime.spi.ServerFactory> factories = new java.util.ArrayList<>(
        found.factories());
    factories.add(new BrokenServer.NoInfo());
    factories.add(new BrokenServer.BadTool());
    factories.add(new FixtureServer());
    try (TestHost host = TestHost.start(TestHost.settings(), factories, found.failures(),
        Set.of(), Authenticator.TRUST_CLAIMED)) {
      Client client = new Client(host);
      JsonNode health = json(client.send(client.request("/health").GET()).body());
      assertEquals("degraded", health.get("status").stringValue());
      assertEquals(2, health.get("servers").size());
      JsonNode failed = health.get("failed");
      assertEquals(5, failed.size(), failed.toString());
      assertFailure(failed, BrokenServer.class.getName(), "no database configured");
      assertFailure(failed, "no.such.Factory", "not found");
      assertFailure(failed, BrokenServer.NoInfo.class.getName(), "info is not ready");
      assertFailure(failed, BrokenServer.BadTool.class.getName(), "is not JSON");
      assertFailure(failed, FixtureServer.class.getName(), "another server is named 'fixture'");
      assertEquals(200, client.send(client.post("/fixture/mcp",
          Client.INITIALIZE.formatted("2025-11-25"))).statusCode());
    }
  }

  private static void assertFailure(JsonNode failed, String factory, String reason) {
    for (JsonNode failure : failed) {
      if (failure.get("factory").stringValue().equals(factory)) {
        assertTrue(failure.get("reason").stringValue().contains(reason), failure.toString());
        return;
      }
    }
    throw new AssertionError(factory + " is not reported in " + failed);
  }

  @Test
  void sessionsBeyondTheLimitAre503NamingIt() {
    HttpSettings two = new HttpSettings(2, 100, 65536, 50, 20, Duration.ofMinutes(1),
        Duration.ofMinutes(1), Duration.ofMillis(200), Duration.ofMillis(500), 100,
        Duration.ofSeconds(30));
    try (TestHost host = TestHost.start(two)) {
      Client client = new Client(host);
      client.initialize("/fixture/mcp");
      String second = client.initialize("/fixture/mcp");
      HttpResponse<String> third =
          client.send(client.post("/fixture/mcp", Client.INITIALIZE.formatted("2025-11-25")));
      assertEquals(503, third.statusCode());
      assertTrue(third.body().contains("mcpgen.http.maxSessions"), third.body());
      assertTrue(third.headers().firstValue("Retry-After").isPresent());
      client.send(client.request("/fixture/mcp").header("Mcp-Session-Id", second).DELETE());
      assertEquals(200, client.send(client.post("/fixture/mcp",
          Client.INITIALIZE.formatted("2025-11-25"))).statusCode());
    }
  }

  @Test
  void aNewUserBeyondTheInstanceLimitIs503UnlessAnIdleOneCanGo() {
    HttpSettings one = new HttpSettings(100, 1, 65536, 50, 20, Duration.ofMinutes(1),
        Duration.ofMinutes(1), Duration.ofMillis(200), Duration.ofMillis(500), 100,
        Duration.ofSeconds(30));
    try (TestHost host = TestHost.start(one)) {
      Client client = new Client(host);
      try (LegacyClient alice = new LegacyClient(client, "/other/alice")) {
        alice.initialize();
        assertEquals("alice 1", alice.call("count", "{}"));
        HttpResponse<String> bob = client.send(client.request("/other/bob").GET());
        assertEquals(503, bob.statusCode());
        assertTrue(bob.body().contains("mcpgen.http.maxInstances"), bob.body());
      }
      host.awaitCounts(c -> c.sessions() == 0);
      // Alice's instance is idle now: it makes room for Bob's.
      try (LegacyClient bob = new LegacyClient(client, "/other/bob")) {
        bob.initialize();
        assertEquals("bob 1", bob.call("count", "{}"));
      }
    }
  }

  @Test
  void theAuthenticatorDecidesWhoOpensASession() {
    Authenticator keys = request -> {
      if (!"good".equals(request.apiKey())) {
        throw new AuthenticationException("unknown API key");
      }
      return new UserContext(request.userId(), request.apiKey());
    };
    try (TestHost host = TestHost.start(TestHost.settings(),
        List.of(new FixtureServer(), new OtherServer()), List.of(), Set.of(), keys)) {
      Client client = new Client(host);
      HttpResponse<String> refused = client.send(client.request("/fixture/alice:bad").GET());
      assertEquals(401, refused.statusCode());
      assertTrue(refused.body().contains("unknown API key"), refused.body());
      assertEquals(401, client.send(client.post("/fixture/mcp",
          Client.INITIALIZE.formatted("2025-11-25"))).statusCode());
      try (LegacyClient alice = new LegacyClient(client, "/fixture/alice:good")) {
        alice.initialize();
        assertEquals("alice", alice.call("whoami", "{}"));
      }
    }
  }

  @Test
  void healthTakesGetOnly() {
    try (TestHost host = TestHost.start()) {
      Client client = new Client(host);
      assertEquals(405, client.send(client.post("/health", "{}")).statusCode());
    }
  }
}
