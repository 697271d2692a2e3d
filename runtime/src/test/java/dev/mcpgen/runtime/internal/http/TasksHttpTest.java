package dev.mcpgen.runtime.internal.http;

import static dev.mcpgen.runtime.internal.http.Client.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.fixture.TaskServer;
import dev.mcpgen.runtime.spi.Authenticator;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tool calls as tasks over Streamable HTTP, on a real socket, for users told apart by a header. */
class TasksHttpTest {
  private static final String MCP = "/tasks/mcp";
  private static final Authenticator BY_HEADER =
      request -> UserContext.of(request.headers().apply("X-User"));

  private final TaskServer server = new TaskServer();
  private final TestHost host = TestHost.start(TestHost.settings(), List.of(server), List.of(),
      Set.of(), BY_HEADER);
  private final Client client = new Client(host);

  @AfterEach
  void close() {
    host.close();
  }

  /** Opens a session of {@code user}; returns its id. */
  private String session(String user) {
    HttpResponse<String> opened = client.send(client.post(MCP,
        Client.INITIALIZE.formatted("2025-11-25")).header("X-User", user));
    assertEquals(200, opened.statusCode(), opened.body());
    String id = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
    assertEquals(202, client.send(post(user, id, Client.INITIALIZED)).statusCode());
    return id;
  }

  private HttpRequest.Builder post(String user, String session, String body) {
    return client.post(MCP, body).header("X-User", user).header("Mcp-Session-Id", session);
  }

  private JsonNode request(String user, String session, String body) {
    HttpResponse<String> response = client.send(post(user, session, body));
    assertEquals(200, response.statusCode(), response.body());
    return json(response.body());
  }

  private static String onTask(int id, String method, String taskId) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method
        + "\",\"params\":{\"taskId\":\"" + taskId + "\"}}";
  }

  @Test
  void aTaskRunsPastItsPostAndIsFollowedFromAnySessionOfItsUser() throws Exception {
    String alice = session("alice");
    JsonNode task = request("alice", alice, "{\"jsonrpc\":\"2.0\",\"id\":1,"
        + "\"method\":\"tools/call\",\"params\":{\"name\":\"work\","
        + "\"arguments\":{\"label\":\"http\"},\"task\":{\"ttl\":60000}}}")
        .get("result").get("task");
    assertEquals("working", task.get("status").stringValue());
    String taskId = task.get("taskId").stringValue();

    try (SseReader events = client.stream(client.request(MCP).header("X-User", "alice")
        .header("Mcp-Session-Id", alice).header("Accept", "text/event-stream").GET())) {
      CompletableFuture<JsonNode> result = CompletableFuture.supplyAsync(
          () -> request("alice", alice, onTask(2, "tasks/result", taskId)));
      assertEquals("working", request("alice", alice, onTask(3, "tasks/get", taskId))
          .get("result").get("status").stringValue());
      assertFalse(result.isDone(), "tasks/result waits for the call");
      server.finishOne();

      JsonNode answer = result.get();
      assertEquals("done http", answer.get("result").get("content").get(0).get("text")
          .stringValue());
      assertEquals(taskId, answer.get("result").get("_meta")
          .get("io.modelcontextprotocol/related-task").get("taskId").stringValue());
      SseReader.Event event = events.next();
      while (event.data() == null || event.data().isEmpty()) {
        event = events.next();
      }
      JsonNode status = json(event.data());
      assertEquals("notifications/tasks/status", status.get("method").stringValue());
      assertEquals("completed", status.get("params").get("status").stringValue());
    }

    String again = session("alice");
    assertEquals("completed", request("alice", again, onTask(1, "tasks/get", taskId))
        .get("result").get("status").stringValue());
    String bob = session("bob");
    assertEquals(-32602, request("bob", bob, onTask(1, "tasks/get", taskId))
        .get("error").get("code").intValue());
    assertEquals(0, request("bob", bob, "{\"jsonrpc\":\"2.0\",\"id\":2,"
        + "\"method\":\"tasks/list\"}").get("result").get("tasks").size());
  }
}
