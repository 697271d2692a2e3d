package dev.mcpgen.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpgen.runtime.fixture.ContextServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A call's way back to its client over Streamable HTTP: requests to it, and polling. */
class HttpContextTest {
  private static final String MCP = "/context/mcp";

  private final TestHost host = TestHost.start(TestHost.settings(), List.of(new ContextServer()));
  private final Client client = new Client(host);

  @AfterEach
  void close() {
    host.close();
  }

  private String initializeWithSampling() {
    HttpResponse<String> response = client.send(client.post(MCP, """
        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",\
        "capabilities":{"sampling":{}},"clientInfo":{"name":"t","version":"1"}}}"""));
    String id = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
    client.post(MCP, id, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    return id;
  }

  @Test
  void aSamplingRequestTravelsOnTheCallsStreamAndItsAnswerOnAPost() {
    String id = initializeWithSampling();
    try (SseReader stream = client.stream(client.post(MCP,
        Client.call(2, "sample", "{\"prompt\":\"hi\"}")).header("Mcp-Session-Id", id))) {
      assertEquals("", stream.next().data(), "the priming event");
      JsonNode request = Client.json(stream.next().data());
      assertEquals("sampling/createMessage", request.get("method").asString());
      HttpResponse<String> accepted = client.post(MCP, id, "{\"jsonrpc\":\"2.0\",\"id\":"
          + request.get("id") + ",\"result\":{\"role\":\"assistant\",\"content\":{\"type\":"
          + "\"text\",\"text\":\"hello\"},\"model\":\"m\"}}");
      assertEquals(202, accepted.statusCode());
      assertEquals("model said: hello", Client.text(Client.json(stream.next().data())));
      stream.awaitEnd();
    }
  }

  @Test
  void aCancelledCallStillEndsItsPostWithARequestCancelledError() throws InterruptedException {
    String id = client.initialize(MCP);
    CompletableFuture<HttpResponse<String>> call = CompletableFuture.supplyAsync(
        () -> client.post(MCP, id, Client.call(4, "wait_for_cancel", "{}")));
    // Until the call has started, the server knows no request 4 to cancel.
    while (!call.isDone()) {
      client.post(MCP, id, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
          + "\"params\":{\"requestId\":4}}");
      Thread.sleep(20);
    }
    HttpResponse<String> answer = call.join();
    assertEquals(200, answer.statusCode());
    assertEquals(-32800, Client.json(answer.body()).get("error").get("code").asInt());
  }

  @Test
  void aCallThatClosesItsStreamIsAnsweredWhenTheClientResumes() {
    String id = client.initialize(MCP);
    String lastEventId;
    try (SseReader stream = client.stream(client.post(MCP, Client.call(3, "poll", "{}"))
        .header("Mcp-Session-Id", id))) {
      SseReader.Event priming = stream.next();
      assertEquals("", priming.data());
      lastEventId = priming.id();
      stream.awaitEnd();
    }
    try (SseReader resumed = client.stream(client.request(MCP).header("Mcp-Session-Id", id)
        .header("Accept", "text/event-stream").header("Last-Event-ID", lastEventId).GET())) {
      assertEquals(200, resumed.response().statusCode());
      SseReader.Event event = resumed.next();
      assertEquals("500", event.retry(), "the reconnection delay (test settings) comes first");
      JsonNode answer = Client.json(resumed.next().data());
      assertEquals(3, answer.get("id").asInt());
      assertEquals("polled", Client.text(answer));
    }
  }
}
