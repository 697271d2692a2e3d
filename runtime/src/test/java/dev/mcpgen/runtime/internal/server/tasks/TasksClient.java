package dev.mcpgen.runtime.internal.server.tasks;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcConnection;
import dev.mcpgen.runtime.internal.server.ServerCore;
import dev.mcpgen.runtime.internal.server.Session;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * One user's initialized connection to a {@link ServerCore}, in memory. Task status
 * notifications may come at any time, so answers are matched to requests by id and
 * notifications kept apart.
 */
final class TasksClient {
  /** A guard against hanging forever, not an expectation of speed. */
  private static final long PATIENCE_SECONDS = 30;

  private final Map<Integer, BlockingQueue<JsonNode>> answers = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> notifications = new LinkedBlockingQueue<>();
  private final Session session;
  private final JsonRpcConnection connection;
  private final JsonNode capabilities;
  private int nextId;

  TasksClient(ServerCore core, String userId) {
    this(core, userId, "2025-11-25");
  }

  /** A client of {@code userId} speaking protocol {@code version}. */
  TasksClient(ServerCore core, String userId, String version) {
    this(core, userId, version, "{}");
  }

  /** A client of {@code userId} speaking {@code version}, declaring {@code clientCapabilities}. */
  TasksClient(ServerCore core, String userId, String version, String clientCapabilities) {
    this.session = new Session(UserContext.of(userId), this::receive);
    this.connection = core.connect(this::receive, session);
    this.capabilities = request("initialize", "{\"protocolVersion\":\"" + version + "\","
        + "\"capabilities\":" + clientCapabilities
        + ",\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}")
        .get("result").get("capabilities");
    connection.receive("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"
        .getBytes(StandardCharsets.UTF_8));
  }

  /** Ends the session, as a transport does when its client goes. */
  void close() {
    session.close();
  }

  /** The server capabilities it answered {@code initialize} with. */
  JsonNode capabilities() {
    return capabilities;
  }

  /** Sends a request and waits for its whole response. */
  JsonNode request(String method, String params) {
    return response(send(method, params));
  }

  /** Sends a request; returns its id, to wait for the response later. */
  int send(String method, String params) {
    int id = ++nextId;
    answers.computeIfAbsent(id, key -> new LinkedBlockingQueue<>());
    connection.receive(("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
        + (params == null ? "" : ",\"params\":" + params) + "}")
        .getBytes(StandardCharsets.UTF_8));
    return id;
  }

  /** The response to request {@code id}, once it comes. */
  JsonNode response(int id) {
    return poll(answers.get(id), "an answer to request " + id);
  }

  /** Whether request {@code id} has been answered yet. */
  boolean isAnswered(int id) {
    return !answers.get(id).isEmpty();
  }

  /** The next notification. */
  JsonNode notification() {
    return poll(notifications, "a notification");
  }

  /** Starts {@code tool} as a task; returns the task the server answered. */
  JsonNode startTask(String tool, String arguments) {
    JsonNode response = request("tools/call", "{\"name\":\"" + tool + "\",\"arguments\":"
        + arguments + ",\"task\":{\"ttl\":60000}}");
    JsonNode task = response.path("result").get("task");
    assertNotNull(task, "a task in " + response);
    return task;
  }

  /** Answers the server's request {@code request} with {@code result}. */
  void respond(JsonNode request, String result) {
    connection.receive(("{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id") + ",\"result\":"
        + result + "}").getBytes(StandardCharsets.UTF_8));
  }

  /** A request naming task {@code taskId}; returns the whole response. */
  JsonNode onTask(String method, String taskId) {
    return request(method, "{\"taskId\":\"" + taskId + "\"}");
  }

  static JsonNode json(String json) {
    return Json.MAPPER.readTree(json);
  }

  private void receive(JsonNode message) {
    if (message.has("id") && !message.has("method")) {
      answers.computeIfAbsent(message.get("id").intValue(), key -> new LinkedBlockingQueue<>())
          .add(message);
    } else {
      notifications.add(message);
    }
  }

  private static JsonNode poll(BlockingQueue<JsonNode> queue, String what) {
    try {
      JsonNode message = queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
      assertNotNull(message, "the server sent " + what);
      return message;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
