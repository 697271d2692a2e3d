package dev.mcpgen.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The legacy HTTP+SSE transport, in both its forms, and one instance per user. */
class LegacySseTest {
  private final TestHost host = TestHost.start();
  private final Client client = new Client(host);

  @AfterEach
  void close() {
    host.close();
  }

  @Test
  void theStreamNamesWhereToPostAndCarriesTheAnswers() {
    try (LegacyClient legacy = new LegacyClient(client, "/fixture/sse")) {
      assertTrue(legacy.endpoint().startsWith("/fixture/messages?sessionId="),
          legacy.endpoint());
      assertEquals("2024-11-05",
          legacy.initialize().get("result").get("protocolVersion").stringValue());
      assertEquals("5", legacy.call("add", "{\"a\":2,\"b\":3}"));
      assertEquals("local", legacy.call("whoami", "{}"));
    }
  }

  @Test
  void theSeedsPathFormNamesTheUserWithOrWithoutAKey() {
    try (LegacyClient alice = new LegacyClient(client, "/fixture/alice%3Asecret");
        LegacyClient bob = new LegacyClient(client, "/fixture/bob")) {
      assertTrue(alice.endpoint().startsWith("/fixture/alice%3Asecret/messages/?session_id="),
          alice.endpoint());
      alice.initialize();
      bob.initialize();
      assertEquals("alice", alice.call("whoami", "{}"));
      assertEquals("bob", bob.call("whoami", "{}"));
    }
  }

  @Test
  void usersKeepSeparateInstancesAndAUsersSessionsShareOne() {
    try (LegacyClient alice1 = new LegacyClient(client, "/other/alice");
        LegacyClient alice2 = new LegacyClient(client, "/other/alice:key");
        LegacyClient bob = new LegacyClient(client, "/other/bob")) {
      alice1.initialize();
      alice2.initialize();
      bob.initialize();
      assertEquals("alice 1", alice1.call("count", "{}"));
      assertEquals("alice 2", alice2.call("count", "{}"));
      assertEquals("bob 1", bob.call("count", "{}"));
      assertEquals("alice 3", alice1.call("count", "{}"));
      assertEquals(2, host.host().counts().instances());
    }
    // Reconnecting within the idle timeout gets the same instance back.
    host.awaitCounts(c -> c.sessions() == 0);
    try (LegacyClient again = new LegacyClient(client, "/other/alice")) {
      again.initialize();
      assertEquals("alice 4", again.call("count", "{}"));
    }
  }

  @Test
  void postsMustNameALiveSessionOfTheirPath() {
    try (LegacyClient alice = new LegacyClient(client, "/fixture/alice")) {
      String id = alice.endpoint().substring(alice.endpoint().indexOf('=') + 1);
      String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
      assertEquals(404, client.send(client.post("/fixture/mallory/messages/?session_id=" + id,
          ping)).statusCode());
      assertEquals(202, client.send(client.post("/fixture/alice/messages?sessionId=" + id,
          ping)).statusCode());
      assertEquals(400, client.send(client.post("/fixture/alice/messages/", ping)).statusCode());
      assertEquals(404, client.send(client.post("/fixture/messages?sessionId=nope", ping))
          .statusCode());
      assertEquals(405, client.send(client.request("/fixture/messages?sessionId=" + id).GET())
          .statusCode());
      assertEquals(405, client.send(client.request("/fixture/sse")
          .POST(HttpRequest.BodyPublishers.ofString(ping))).statusCode());
    }
  }

  @Test
  void theSessionEndsWithItsStream() {
    LegacyClient legacy = new LegacyClient(client, "/fixture/sse");
    legacy.initialize();
    String endpoint = legacy.endpoint();
    legacy.close();
    host.awaitCounts(c -> c.sessions() == 0 && c.streams() == 0);
    assertEquals(404, client.send(client.post(endpoint,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")).statusCode());
  }
}
