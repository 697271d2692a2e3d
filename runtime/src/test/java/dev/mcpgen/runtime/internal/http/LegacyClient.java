package dev.mcpgen.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** A client of the legacy HTTP+SSE transport: a stream to read, an endpoint to post to. */
final class LegacyClient implements AutoCloseable {
  private final Client client;
  private final SseReader stream;
  private final String endpoint;
  private int nextId;

  /** Opens the stream at {@code path} and reads its endpoint event. */
  LegacyClient(Client client, String path) {
    this.client = client;
    this.stream = client.stream(client.request(path).header("Accept", "text/event-stream").GET());
    assertEquals(200, stream.response().statusCode());
    SseReader.Event event = stream.next();
    assertEquals("endpoint", event.name());
    this.endpoint = event.data();
  }

  String endpoint() {
    return endpoint;
  }

  SseReader stream() {
    return stream;
  }

  HttpResponse<String> post(String body) {
    return client.send(client.post(endpoint, body));
  }

  /** Posts a request and returns the answer from the stream. */
  JsonNode request(String method, String params) {
    int id = ++nextId;
    HttpResponse<String> accepted = post("{\"jsonrpc\":\"2.0\",\"id\":" + id
        + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
    assertEquals(202, accepted.statusCode(), accepted.body());
    SseReader.Event event = stream.next();
    assertEquals("message", event.name());
    JsonNode answer = Client.json(event.data());
    assertEquals(id, answer.get("id").intValue(), event.data());
    return answer;
  }

  JsonNode initialize() {
    JsonNode result = request("initialize", "{\"protocolVersion\":\"2024-11-05\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"old\",\"version\":\"1\"}}");
    assertEquals(202, post(Client.INITIALIZED).statusCode());
    return result;
  }

  String call(String tool, String arguments) {
    return Client.text(request("tools/call",
        "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}"));
  }

  @Override
  public void close() {
    stream.close();
  }
}
