package dev.mcpgen.testkit;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client side of one connection: numbers requests and waits for their answers, keeps the
 * notifications the server sends, and answers the server's own requests with the handlers the
 * test registered. Every message crosses as bytes, both ways, as it would on a wire.
 */
final class Exchange {
  /** A guard against hanging forever, not an expectation of speed. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Consumer<byte[]> server;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Notification> notifications = new CopyOnWriteArrayList<>();
  private final Map<String, ServerRequestHandler> handlers = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /** Connects to {@code server} as {@code user}. */
  Exchange(Server server, UserContext user) {
    this.server = server.connect(this::fromServer, user);
  }

  /** Sends a request and waits for its result. */
  JsonNode request(String method, JsonNode params) {
    if (closed) {
      throw new IllegalStateException("The client is closed; " + method + " was not sent");
    }
    long id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode request = envelope().put("id", id).put("method", method);
    send(params == null ? request : request.set("params", params));
    return Responses.resultOf(method, await(method, answer));
  }

  /** Sends a notification. */
  void notify(String method) {
    send(envelope().put("method", method));
  }

  /** Everything the server sent as a notification, in order. */
  List<Notification> notifications() {
    return List.copyOf(notifications);
  }

  /** Answers the server's requests of {@code method} with {@code handler} from now on. */
  void handle(String method, ServerRequestHandler handler) {
    handlers.put(method, handler);
  }

  /** Where the server's messages arrive: its {@code MessageSink}. */
  void fromServer(JsonNode sent) {
    // Through bytes, so tests see what a real client would read, not the server's own objects.
    JsonNode message = Json.MAPPER.readTree(JsonRpcCodec.encode(sent));
    JsonNode method = message.get("method");
    if (method == null) {
      complete(message);
    } else if (message.has("id")) {
      // The server may be waiting for this answer on its own thread: answer from another one.
      Thread answering = new Thread(() -> answer(message), "mcp-test-client-handler");
      answering.setDaemon(true);
      answering.start();
    } else {
      notifications.add(new Notification(method.stringValue(), message.get("params")));
    }
  }

  /** Fails every request still waiting and refuses new ones. */
  void close() {
    closed = true;
    pending.values().forEach(answer ->
        answer.completeExceptionally(new IllegalStateException("The client was closed")));
  }

  private void complete(JsonNode response) {
    JsonNode id = response.get("id");
    // Only an unreadable request is answered without its id, and this client sends none.
    CompletableFuture<JsonNode> answer =
        id == null || !id.isIntegralNumber() ? null : pending.remove(id.longValue());
    if (answer != null) {
      answer.complete(response);
    }
  }

  private void answer(JsonNode request) {
    String method = request.get("method").stringValue();
    ObjectNode response = envelope().set("id", request.get("id"));
    ServerRequestHandler handler = handlers.get(method);
    send(handler == null
        ? response.set("error", Responses.noHandler(method))
        : Responses.answer(response, method, handler, request.get("params")));
  }

  /** One frame at a time: the connection reads frames in order, from one thread at a time. */
  private synchronized void send(JsonNode message) {
    server.accept(Json.MAPPER.writeValueAsBytes(message));
  }

  private static JsonNode await(String method, CompletableFuture<JsonNode> answer) {
    try {
      return answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionFailedError("The server did not answer " + method + " within "
          + PATIENCE.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + method, e);
    }
  }

  private static ObjectNode envelope() {
    return Json.MAPPER.createObjectNode().put("jsonrpc", "2.0");
  }
}
