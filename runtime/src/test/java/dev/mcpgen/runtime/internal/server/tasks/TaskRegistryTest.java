package dev.mcpgen.runtime.internal.server.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The bounds of a server's tasks: how many, and for how long. */
class TaskRegistryTest {
  private static final JsonNode DONE = TasksClient.json("{\"content\":[]}");

  private final MutableClock clock = new MutableClock();
  private final TaskRegistry registry = new TaskRegistry(
      new TaskLimits(2, 3, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofSeconds(1)),
      clock);

  private Task create(String owner) {
    return registry.create(owner, null, message -> {});
  }

  @Test
  void aTaskIsFoundUntilItsTtlHasPassedThenNeverAgain() {
    Task task = registry.create("alice", 1000L, message -> {});
    AtomicBoolean stopped = new AtomicBoolean();
    task.stopCallWith(() -> stopped.set(true));
    clock.advance(Duration.ofMillis(999));
    assertSame(task, registry.find("alice", task.id()));
    clock.advance(Duration.ofMillis(1));
    JsonRpcError gone = assertThrows(JsonRpcError.class, () -> registry.find("alice", task.id()));
    assertEquals("Failed to retrieve task: Task not found", gone.getMessage());
    assertEquals(0, registry.size());
    assertTrue(stopped.get(), "an expired task's call is told to stop");
  }

  @Test
  void expiredTasksAreDroppedWhenTheNextIsCreatedAndTheirWaitersAnswered() {
    Task old = registry.create("alice", 1000L, message -> {});
    List<JsonRpcError> errors = new ArrayList<>();
    old.awaitOutcome(new Reply() {
      @Override
      public void result(JsonNode result) {
        throw new AssertionError("an expired task has no result");
      }

      @Override
      public void error(JsonRpcError error) {
        errors.add(error);
      }
    });
    clock.advance(Duration.ofSeconds(1));
    create("bob");
    assertEquals(1, registry.size());
    assertEquals(1, errors.size());
    assertEquals("Failed to retrieve task: Task has expired", errors.get(0).getMessage());
    assertEquals(List.of(), registry.list("alice"));
  }

  @Test
  void theTtlIsTheOneAskedForCutToTheMaximumOrTheDefault() {
    assertEquals(5000, registry.create("alice", 5000L, m -> {}).toJson().get("ttl").longValue());
    assertEquals(60000, registry.create("alice", 3_600_000L, m -> {}).toJson().get("ttl")
        .longValue());
    assertEquals(10000, create("bob").toJson().get("ttl").longValue());
  }

  @Test
  void aUserAtTheLimitIsRefusedUntilATaskFinishesWhichThenMakesWay() {
    Task first = create("alice");
    create("alice");
    JsonRpcError refused = assertThrows(JsonRpcError.class, () -> create("alice"));
    assertEquals(JsonRpcError.INVALID_REQUEST, refused.code());
    assertEquals("Too many tasks: at most 2 unfinished tasks for one user; wait for some to "
        + "finish, or cancel them", refused.getMessage());
    create("bob");

    first.complete(DONE);
    Task third = create("alice");
    assertEquals(2, registry.list("alice").size());
    assertThrows(JsonRpcError.class, () -> registry.find("alice", first.id()),
        "the oldest finished task made way");
    assertSame(third, registry.find("alice", third.id()));
  }

  @Test
  void theServerAtItsLimitRefusesEveryUser() {
    create("alice");
    create("bob");
    Task carols = create("carol");
    assertThrows(JsonRpcError.class, () -> create("dave"));
    carols.cancel();
    create("dave");
    assertEquals(3, registry.size());
  }

  @Test
  void idsAreRandomUrlSafeAndBoundToTheirOwner() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 2; i++) {
      Task task = create("user" + i);
      assertTrue(task.id().matches("[A-Za-z0-9_-]{22}"), task.id());
      ids.add(task.id());
      JsonRpcError other = assertThrows(JsonRpcError.class,
          () -> registry.find("someone-else", task.id()));
      JsonRpcError never = assertThrows(JsonRpcError.class,
          () -> registry.find("someone-else", "never-issued"));
      assertEquals(never.toJson(), other.toJson());
    }
    assertEquals(2, ids.size());
  }

  @Test
  void aTaskChangesOnlyFromWorkingAndStaysFinished() {
    Task task = create("alice");
    assertNull(task.toJson().get("statusMessage"));
    task.cancel();
    task.complete(DONE);
    assertEquals("cancelled", task.toJson().get("status").stringValue());
    assertThrows(JsonRpcError.class, task::cancel);
  }

  @Test
  void fewRequestsMayWaitForOneTaskAndAllAreAnsweredWhenItEnds() {
    Task task = create("alice");
    List<JsonNode> answers = new ArrayList<>();
    Reply collect = new Reply() {
      @Override
      public void result(JsonNode result) {
        answers.add(result);
      }

      @Override
      public void error(JsonRpcError error) {
        throw new AssertionError(error);
      }
    };
    for (int i = 0; i < Task.MAX_WAITERS; i++) {
      task.awaitOutcome(collect);
    }
    JsonRpcError refused = assertThrows(JsonRpcError.class, () -> task.awaitOutcome(collect));
    assertEquals(JsonRpcError.INVALID_REQUEST, refused.code());
    task.complete(DONE);
    assertEquals(Task.MAX_WAITERS, answers.size());
    task.awaitOutcome(collect);
    assertEquals(Task.MAX_WAITERS + 1, answers.size(), "a finished task answers at once");
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2025-11-25T10:30:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
