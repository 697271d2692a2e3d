package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.ToolException;
import dev.mcpgen.runtime.internal.jsonrpc.Incoming;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The requests one session sent to its client ({@code sampling/createMessage},
 * {@code elicitation/create}, {@code roots/list}) and awaits answers to. A tool's thread blocks in
 * {@link #send} until the answer, a timeout, the call's cancellation or the session's end.
 */
final class ClientRequests {
  /** How often a waiting call looks whether it was cancelled. */
  private static final long CANCEL_CHECK_MILLIS = 50;

  private final AtomicLong nextId = new AtomicLong();
  private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private volatile String endedBecause;
  private final Duration timeout;

  /** Requests whose answers {@link #send} waits for up to {@code timeout}. */
  ClientRequests(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Sends a request through {@code via} and waits for its result.
   *
   * @param cancelled whether the call waiting has been cancelled meanwhile
   * @throws ToolException when the client answers with an error, does not answer in time, the
   *     call is cancelled or the session ends
   */
  JsonNode send(String method, ObjectNode params, MessageSink via, BooleanSupplier cancelled) {
    long id = nextId.incrementAndGet();
    String key = Long.toString(id);
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(key, answer);
    try {
      if (endedBecause != null) {
        throw new ToolException(method + " could not be sent: " + endedBecause);
      }
      ObjectNode request = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0")
          .put("id", id).put("method", method);
      request.set("params", params);
      via.send(request);
      return await(method, key, answer, via, timeout, cancelled);
    } finally {
      pending.remove(key);
    }
  }

  private static JsonNode await(String method, String key, CompletableFuture<JsonNode> answer,
      MessageSink via, Duration timeout, BooleanSupplier cancelled) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (cancelled.getAsBoolean()) {
        notifyCancelled(key, via, "the tool call was cancelled");
        throw new ToolException(method + " was abandoned: the call was cancelled");
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        notifyCancelled(key, via, "no answer within " + timeout.toSeconds() + " s");
        throw new ToolException("The client did not answer " + method + " within "
            + timeout.toSeconds() + " s");
      }
      try {
        return answer.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, CANCEL_CHECK_MILLIS),
            TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // Look at cancellation and the deadline again.
      } catch (ExecutionException e) {
        throw e.getCause() instanceof ToolException failure ? failure
            : new ToolException(method + " failed: " + e.getCause().getMessage(), e.getCause());
      } catch (CancellationException e) {
        throw new ToolException(method + " was abandoned");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ToolException(method + " was interrupted");
      }
    }
  }

  private static void notifyCancelled(String key, MessageSink via, String reason) {
    ObjectNode params = JsonNodeFactory.instance.objectNode().put("requestId", Long.parseLong(key))
        .put("reason", reason);
    via.sendNotification("notifications/cancelled", params);
  }

  /**
   * Completes the request {@code response} answers; {@code false} when none is pending under
   * its id (answered already, timed out, or never sent).
   */
  boolean complete(Incoming.Response response) {
    JsonNode id = response.id();
    CompletableFuture<JsonNode> answer =
        id == null || !(id.isNumber() || id.isString()) ? null : pending.get(id.asString());
    if (answer == null) {
      return false;
    }
    if (response.error() != null) {
      JsonNode error = response.error();
      answer.completeExceptionally(new ToolException("The client refused: "
          + error.path("message").asString("error " + error.path("code").asInt())));
    } else {
      answer.complete(response.result());
    }
    return true;
  }

  /** Fails every pending request and refuses new ones: the session has ended. */
  void failAll(String reason) {
    endedBecause = reason;
    pending.values().forEach(answer ->
        answer.completeExceptionally(new ToolException("No answer: " + reason)));
  }
}
