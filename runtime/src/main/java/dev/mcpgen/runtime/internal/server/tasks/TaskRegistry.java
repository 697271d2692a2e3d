package dev.mcpgen.runtime.internal.server.tasks;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A server's tasks, each bound to the user who created it: to anyone else it does not exist,
 * and the error they get says no more than for an id never issued. Ids are 128 random bits, so
 * they cannot be guessed either. Bounded by {@link TaskLimits}; expired tasks are dropped
 * whenever a task is created or listed, and are invisible before that.
 */
final class TaskRegistry {
  private final TaskLimits limits;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  /** In creation order: the oldest come first when making way, and in {@code tasks/list}. */
  private final Map<String, Task> tasks = new LinkedHashMap<>();
  private long nextSequence;

  TaskRegistry(TaskLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * A new working task of {@code owner}, kept for the {@code ttl} asked for (milliseconds, or
   * {@code null} for the default) within the limits.
   *
   * @param notifications where the task's status notifications go
   * @throws JsonRpcError when the owner, or the server, has as many unfinished tasks as allowed
   */
  Task create(String owner, Long ttl, MessageSink notifications) {
    List<Task> expired;
    Task task;
    synchronized (this) {
      expired = removeExpired();
      makeRoom(kept -> kept.owner().equals(owner), limits.maxPerUser(), "for one user");
      makeRoom(kept -> true, limits.maxTotal(), "on this server");
      String id;
      do {
        id = newId();
      } while (tasks.containsKey(id));
      task = new Task(id, owner, nextSequence++, limits.grantedTtlMillis(ttl),
          limits.pollInterval().toMillis(), clock, notifications);
      tasks.put(id, task);
    }
    expired.forEach(Task::expire);
    return task;
  }

  /**
   * The task {@code taskId} of {@code owner}.
   *
   * @throws JsonRpcError invalid params when there is none: never issued, expired, or another
   *     user's
   */
  Task find(String owner, String taskId) {
    Task task;
    boolean expired;
    synchronized (this) {
      task = tasks.get(taskId);
      if (task == null || !task.owner().equals(owner)) {
        throw notFound();
      }
      expired = task.isExpired(clock.instant());
      if (expired) {
        tasks.remove(taskId);
      }
    }
    if (expired) {
      task.expire();
      throw notFound();
    }
    return task;
  }

  /** The tasks of {@code owner}, oldest first. */
  List<Task> list(String owner) {
    List<Task> expired;
    List<Task> owned = new ArrayList<>();
    synchronized (this) {
      expired = removeExpired();
      for (Task task : tasks.values()) {
        if (task.owner().equals(owner)) {
          owned.add(task);
        }
      }
    }
    expired.forEach(Task::expire);
    return owned;
  }

  /** Forgets {@code task}, whose call could not even start. */
  synchronized void remove(Task task) {
    tasks.remove(task.id());
  }

  /** How many tasks are kept, expired ones not yet dropped included. */
  synchronized int size() {
    return tasks.size();
  }

  private List<Task> removeExpired() {
    Instant now = clock.instant();
    List<Task> expired = new ArrayList<>();
    for (Iterator<Task> it = tasks.values().iterator(); it.hasNext(); ) {
      Task task = it.next();
      if (task.isExpired(now)) {
        expired.add(task);
        it.remove();
      }
    }
    return expired;
  }

  /** Drops the oldest finished task among {@code counted} when they are at {@code max}. */
  private void makeRoom(Predicate<Task> counted, int max, String where) {
    List<Task> matching = tasks.values().stream().filter(counted).toList();
    if (matching.size() < max) {
      return;
    }
    Task finished = matching.stream().filter(Task::isTerminal).findFirst()
        .orElseThrow(() -> new JsonRpcError(JsonRpcError.INVALID_REQUEST,
            "Too many tasks: at most " + max + " unfinished tasks " + where
                + "; wait for some to finish, or cancel them"));
    tasks.remove(finished.id());
  }

  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static JsonRpcError notFound() {
    return JsonRpcError.invalidParams("Failed to retrieve task: Task not found");
  }
}
