package dev.mcpgen.runtime.internal.server.tasks;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tool call running as a task, and its outcome once it ends. It moves only along the spec's
 * paths: from {@code working} to {@code completed}, {@code failed} or {@code cancelled}, and a
 * finished task never changes again (a cancelled call that completes later stays cancelled).
 * Thread-safe: the call ends on an executor thread while requests about it arrive on transport
 * threads; messages are sent outside the lock, as a sink may block.
 */
final class Task {
  /** The most {@code tasks/result} requests waiting on one task: each holds an answer open. */
  static final int MAX_WAITERS = 16;

  enum Status {
    WORKING, INPUT_REQUIRED, COMPLETED, FAILED, CANCELLED;

    boolean isTerminal() {
      return this != WORKING && this != INPUT_REQUIRED;
    }

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String id;
  private final String owner;
  private final long sequence;
  private final Instant createdAt;
  private final long ttlMillis;
  private final long pollIntervalMillis;
  private final Clock clock;
  private final MessageSink notifications;

  private Status status = Status.WORKING;
  private String statusMessage;
  private Instant lastUpdatedAt;
  private JsonNode result;
  private JsonRpcError error;
  private final List<Reply> waiters = new ArrayList<>();
  /** Whether the client has the task id: status notifications before that would puzzle it. */
  private boolean announced;
  /** Cancels the running call; set once it has started. */
  private Runnable stopCall = () -> {};
  private boolean stopped;

  /**
   * @param sequence the task's place in creation order, for {@code tasks/list} cursors
   * @param notifications where {@code notifications/tasks/status} go: the creating client
   */
  Task(String id, String owner, long sequence, long ttlMillis, long pollIntervalMillis,
      Clock clock, MessageSink notifications) {
    this.id = id;
    this.owner = owner;
    this.sequence = sequence;
    this.clock = clock;
    this.createdAt = now();
    this.lastUpdatedAt = createdAt;
    this.ttlMillis = ttlMillis;
    this.pollIntervalMillis = pollIntervalMillis;
    this.notifications = notifications;
  }

  String id() {
    return id;
  }

  String owner() {
    return owner;
  }

  long sequence() {
    return sequence;
  }

  boolean isExpired(Instant now) {
    return !now.isBefore(createdAt.plusMillis(ttlMillis));
  }

  synchronized boolean isTerminal() {
    return status.isTerminal();
  }

  /** Takes the way to cancel the task's call, which has started; runs it if it is too late. */
  void stopCallWith(Runnable stop) {
    boolean now;
    synchronized (this) {
      stopCall = stop;
      now = stopped;
    }
    if (now) {
      stop.run();
    }
  }

  /** The task as {@code tasks/get} answers it. */
  synchronized ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode()
        .put("taskId", id)
        .put("status", status.wire());
    if (statusMessage != null) {
      json.put("statusMessage", statusMessage);
    }
    return json.put("createdAt", createdAt.toString())
        .put("lastUpdatedAt", lastUpdatedAt.toString())
        .put("ttl", ttlMillis)
        .put("pollInterval", pollIntervalMillis);
  }

  /** The client now has the task id; a status it missed meanwhile is sent now. */
  void announce() {
    ObjectNode missed;
    synchronized (this) {
      announced = true;
      missed = status.isTerminal() ? toJson() : null;
    }
    notify(missed);
  }

  /**
   * The call waits for the client to answer a request of its own ({@code input_required}), or
   * has its answer and works on ({@code working}).
   */
  void awaitingInput(boolean waiting) {
    ObjectNode notification;
    synchronized (this) {
      Status next = waiting ? Status.INPUT_REQUIRED : Status.WORKING;
      if (status.isTerminal() || status == next) {
        return;
      }
      status = next;
      lastUpdatedAt = now();
      notification = announced ? toJson() : null;
    }
    notify(notification);
  }

  /** The call answered {@code result}: failed when it is an {@code isError} result. */
  void complete(JsonNode result) {
    boolean isError = result.path("isError").asBoolean(false);
    finish(isError ? Status.FAILED : Status.COMPLETED,
        isError ? "Tool execution failed: " + firstText(result) : null, result, null);
  }

  /** The call answered {@code error} instead of a result. */
  void fail(JsonRpcError error) {
    finish(Status.FAILED, error.getMessage(), null, error);
  }

  /**
   * Cancels the task, for {@code tasks/cancel}; returns it as cancelled.
   *
   * @throws JsonRpcError invalid params when the task has finished already
   */
  ObjectNode cancel() {
    if (!finish(Status.CANCELLED, "The task was cancelled by request.", null, null)) {
      throw JsonRpcError.invalidParams("Cannot cancel task: already in terminal status '"
          + terminalStatus() + "'");
    }
    return toJson();
  }

  /**
   * Answers {@code reply} with what the call answered, as {@code tasks/result} does, once the
   * task has finished: now, or when it does.
   *
   * @throws JsonRpcError invalid request when {@link #MAX_WAITERS} requests wait already
   */
  void awaitOutcome(Reply reply) {
    synchronized (this) {
      if (!status.isTerminal()) {
        if (waiters.size() == MAX_WAITERS) {
          throw JsonRpcError.invalidRequest("at most " + MAX_WAITERS
              + " tasks/result requests may wait for one task; poll it with tasks/get");
        }
        waiters.add(reply);
        return;
      }
    }
    answer(reply);
  }

  /** The task is being forgotten: its call should stop, and nobody waits for it in vain. */
  void expire() {
    List<Reply> waiting;
    synchronized (this) {
      waiting = List.copyOf(waiters);
      waiters.clear();
    }
    stopCall();
    waiting.forEach(reply -> reply.error(
        JsonRpcError.invalidParams("Failed to retrieve task: Task has expired")));
  }

  private boolean finish(Status next, String message, JsonNode result, JsonRpcError error) {
    List<Reply> waiting;
    ObjectNode notification;
    synchronized (this) {
      if (status.isTerminal()) {
        return false;
      }
      status = next;
      statusMessage = message;
      lastUpdatedAt = now();
      this.result = result;
      this.error = error;
      waiting = List.copyOf(waiters);
      waiters.clear();
      notification = announced ? toJson() : null;
    }
    if (next == Status.CANCELLED) {
      stopCall();
    }
    notify(notification);
    waiting.forEach(this::answer);
    return true;
  }

  private void answer(Reply reply) {
    JsonNode finalResult;
    JsonRpcError finalError;
    Status finalStatus;
    synchronized (this) {
      finalResult = result;
      finalError = error;
      finalStatus = status;
    }
    if (finalResult != null) {
      reply.result(withRelatedTask(finalResult));
    } else if (finalError != null) {
      reply.error(finalError);
    } else {
      reply.error(JsonRpcError.invalidParams("Task " + id + " was " + finalStatus.wire()
          + " before its call finished: it has no result"));
    }
  }

  /** {@code result} with {@code _meta} naming this task, as {@code tasks/result} must answer. */
  private ObjectNode withRelatedTask(JsonNode result) {
    ObjectNode copy = (ObjectNode) result.deepCopy();
    RelatedTask.tag(copy, id);
    return copy;
  }

  private void stopCall() {
    Runnable stop;
    synchronized (this) {
      stopped = true;
      stop = stopCall;
    }
    stop.run();
  }

  private void notify(ObjectNode task) {
    if (task != null) {
      notifications.sendNotification("notifications/tasks/status", task);
    }
  }

  private synchronized String terminalStatus() {
    return status.wire();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String firstText(JsonNode result) {
    for (JsonNode item : result.path("content")) {
      if ("text".equals(item.path("type").stringValue(null))) {
        return item.path("text").stringValue("");
      }
    }
    return "the tool reported an error";
  }
}
