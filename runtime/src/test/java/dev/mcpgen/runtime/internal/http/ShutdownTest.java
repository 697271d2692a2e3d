package dev.mcpgen.runtime.internal.http;

import static dev.mcpgen.runtime.internal.http.Client.json;
import static dev.mcpgen.runtime.internal.http.Client.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpgen.runtime.fixture.OtherServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Closing a host: no new work, running calls finish and are answered, streams end. */
class ShutdownTest {
  @Test
  void closingLetsRunningCallsFinishThenEndsEveryStream() throws Exception {
    try (TestHost host = TestHost.start()) {
      Client client = new Client(host);
      String id = client.initialize("/other/mcp");
      LegacyClient legacy = new LegacyClient(client, "/other/sse");
      legacy.initialize();
      SseReader get = client.stream(client.request("/other/mcp").header("Mcp-Session-Id", id)
          .header("Accept", "text/event-stream").GET());
      get.next();
      CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() ->
          client.send(client.post("/other/mcp", Client.call(1, "notify", "{\"gate\":\"down\"}"))
              .header("Mcp-Session-Id", id).setHeader("Accept", "application/json")));
      host.awaitCounts(c -> c.exchanges() == 3);

      CompletableFuture<Void> closing =
          CompletableFuture.runAsync(() -> host.host().close(Duration.ofSeconds(30)));
      host.awaitCounts(c -> host.host().isClosing());
      HttpResponse<String> refused = client.send(client.post("/other/mcp",
          Client.INITIALIZE.formatted("2025-11-25")));
      assertEquals(503, refused.statusCode());
      // Nothing was cut short: the call and both streams are still under way.
      host.awaitCounts(c -> c.exchanges() == 3 && c.streams() == 2);

      OtherServer.gate("down").countDown();
      HttpResponse<String> answered = running.get();
      assertEquals(200, answered.statusCode());
      assertEquals("notified 0", text(json(answered.body())));
      closing.get();
      get.awaitEnd();
      legacy.stream().awaitEnd();
      host.awaitZero();
    }
  }
}
