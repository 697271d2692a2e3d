package dev.mcpgen.runtime.internal.http;

import static dev.mcpgen.runtime.internal.http.Client.call;
import static dev.mcpgen.runtime.internal.http.Client.json;
import static dev.mcpgen.runtime.internal.http.Client.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.fixture.OtherServer;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Streamable HTTP's SSE streams: priming, keep-alive, messages before an answer, resumption. */
class StreamableSseTest {
  private static final String MCP = "/other/mcp";

  private final TestHost host = TestHost.start();
  private final Client client = new Client(host);

  @AfterEach
  void close() {
    host.close();
  }

  private HttpRequest.Builder get(String id) {
    return client.request(MCP).header("Mcp-Session-Id", id)
        .header("Accept", "text/event-stream").GET();
  }

  private void notifyClient(String id, int n) {
    host.session(id).outbound().send(JsonRpcCodec.notification("notifications/message",
        JsonNodeFactory.instance.objectNode().put("level", "info").put("data", n)));
  }

  @Test
  void aGetStreamStartsWithThePrimingEventAndIsKeptAlive() {
    String id = client.initialize(MCP);
    try (SseReader stream = client.stream(get(id))) {
      assertEquals(200, stream.response().statusCode());
      assertEquals(Optional.of("text/event-stream"),
          stream.response().headers().firstValue("Content-Type"));
      SseReader.Event priming = stream.nextAny();
      assertEquals("0-0", priming.id());
      assertEquals("", priming.data());
      assertEquals("500", priming.retry());
      SseReader.Event keepAlive = stream.nextAny();
      assertEquals("keep-alive", keepAlive.comment());
    }
  }

  @Test
  void clientsOlderThan20251125GetNoPrimingEvent() {
    String id = client.initialize(MCP, "2025-06-18");
    try (SseReader stream = client.stream(get(id))) {
      SseReader.Event first = stream.next();
      assertEquals("500", first.retry());
      assertNull(first.id());
      assertNull(first.data());
    }
  }

  @Test
  void aSessionHasOneGetStreamAtATime() {
    String id = client.initialize(MCP);
    try (SseReader stream = client.stream(get(id))) {
      stream.next();
      assertEquals(409, client.send(get(id)).statusCode());
    }
  }

  @Test
  void messagesTheServerStartsGoOnTheGetStreamAndSurviveADrop() {
    String id = client.initialize(MCP);
    try (SseReader stream = client.stream(get(id))) {
      stream.next();
      notifyClient(id, 1);
      SseReader.Event first = stream.next();
      assertEquals("0-1", first.id());
      assertEquals(1, json(first.data()).get("params").get("data").intValue());
    }
    // The drop is noticed at the next keep-alive; what is sent meanwhile waits in the log.
    host.awaitCounts(c -> c.streams() == 0);
    notifyClient(id, 2);
    notifyClient(id, 3);
    try (SseReader resumed = client.stream(get(id).header("Last-Event-ID", "0-1"))) {
      assertEquals("500", resumed.next().retry());
      assertEquals("0-2", resumed.next().id());
      SseReader.Event third = resumed.next();
      assertEquals("0-3", third.id());
      assertEquals(3, json(third.data()).get("params").get("data").intValue());
    }
  }

  @Test
  void aCallThatSendsMessagesFirstIsAnsweredWithAStream() {
    String id = client.initialize(MCP);
    try (SseReader stream = client.stream(
        client.post(MCP, call(7, "notify", "{\"count\":2}")).header("Mcp-Session-Id", id))) {
      assertEquals(200, stream.response().statusCode());
      assertEquals(Optional.of("text/event-stream"),
          stream.response().headers().firstValue("Content-Type"));
      assertEquals("1-0", stream.next().id());
      SseReader.Event log = stream.next();
      assertEquals("1-1", log.id());
      assertEquals("notifications/message", json(log.data()).get("method").stringValue());
      assertEquals("1-2", stream.next().id());
      SseReader.Event answer = stream.next();
      assertEquals("1-3", answer.id());
      assertEquals(7, json(answer.data()).get("id").intValue());
      assertEquals("notified 2", text(json(answer.data())));
      assertSame(SseReader.Event.END, stream.next());
    }
  }

  @Test
  void aDroppedCallStreamIsResumedWithLastEventId() {
    String id = client.initialize(MCP);
    try (SseReader stream = client.stream(client.post(MCP,
        call(8, "notify", "{\"count\":1,\"gate\":\"resume\"}")).header("Mcp-Session-Id", id))) {
      assertEquals("1-0", stream.next().id());
      assertEquals("1-1", stream.next().id());
    }
    OtherServer.gate("resume").countDown();
    try (SseReader resumed = client.stream(get(id).header("Last-Event-ID", "1-1"))) {
      SseReader.Event event = resumed.next();
      if (event.data() == null) {
        event = resumed.next();
      }
      assertEquals("1-2", event.id());
      assertEquals("notified 1", text(json(event.data())));
      assertSame(SseReader.Event.END, resumed.next());
    }
  }

  @Test
  void aLastEventIdOfNoStreamOfTheSessionIs400() {
    String id = client.initialize(MCP);
    assertEquals(400, client.send(get(id).header("Last-Event-ID", "9-1")).statusCode());
    assertEquals(400, client.send(get(id).header("Last-Event-ID", "nonsense")).statusCode());
  }

  @Test
  void aClientTakingJsonOnlyStillGetsItsAnswer() {
    String id = client.initialize(MCP);
    var response = client.send(client.post(MCP, call(9, "notify", "{\"count\":2}"))
        .header("Mcp-Session-Id", id).setHeader("Accept", "application/json"));
    assertEquals(200, response.statusCode());
    assertEquals("notified 2", text(json(response.body())));
  }
}
