package dev.mcpgen.runtime.internal.server.tasks;

import static dev.mcpgen.runtime.internal.server.tasks.TasksClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.fixture.FixtureServer;
import dev.mcpgen.runtime.fixture.TaskServer;
import dev.mcpgen.runtime.internal.server.CallExecutor;
import dev.mcpgen.runtime.internal.server.ServerCore;
import dev.mcpgen.runtime.internal.server.Settings;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tool calls as tasks, end to end through a connection in memory. */
class ToolTasksTest {
  private final TaskServer server = new TaskServer();
  private final ServerCore core =
      ServerCore.create(server, Settings.defaults(), CallExecutor.create(8));
  private final TasksClient client = new TasksClient(core, "alice");

  private static void assertError(int code, String message, JsonNode response) {
    assertEquals(code, response.path("error").path("code").intValue(), response.toString());
    assertEquals(message, response.get("error").get("message").stringValue());
  }

  private static JsonNode withRelatedTask(String result, String taskId) {
    JsonNode expected = json(result);
    ((tools.jackson.databind.node.ObjectNode) expected).putObject("_meta")
        .putObject("io.modelcontextprotocol/related-task").put("taskId", taskId);
    return expected;
  }

  @Test
  void aServerWithTaskToolsDeclaresTheTasksCapability() {
    assertEquals(json("{\"list\":{},\"cancel\":{},\"requests\":{\"tools\":{\"call\":{}}}}"),
        client.capabilities().get("tasks"));
  }

  @Test
  void aServerWithoutTaskToolsHasNoTasksAndIgnoresTheTaskParam() {
    TasksClient plain = new TasksClient(
        ServerCore.create(new FixtureServer(), Settings.defaults(), CallExecutor.create(2)), "bob");
    assertNull(plain.capabilities().get("tasks"));
    assertError(-32601, "Method not found: tasks/get", plain.onTask("tasks/get", "any"));
    JsonNode answer = plain.request("tools/call",
        "{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":2},\"task\":{}}");
    assertEquals(json("{\"content\":[{\"type\":\"text\",\"text\":\"3\"}]}"), answer.get("result"));
  }

  @Test
  void aTaskIsCreatedWorkingPolledThenAnswersWhatTheCallWould() {
    JsonNode task = client.startTask("work", "{\"label\":\"a\"}");
    String id = task.get("taskId").stringValue();
    assertEquals("working", task.get("status").stringValue());
    assertEquals(60000, task.get("ttl").longValue());
    assertEquals(1000, task.get("pollInterval").longValue());
    assertEquals(task.get("createdAt"), task.get("lastUpdatedAt"));
    Instant.parse(task.get("createdAt").stringValue());
    assertEquals(task, client.onTask("tasks/get", id).get("result"));

    int waiting = client.send("tasks/result", "{\"taskId\":\"" + id + "\"}");
    assertEquals("working", client.onTask("tasks/get", id).get("result").get("status")
        .stringValue());
    assertFalse(client.isAnswered(waiting), "tasks/result waits for the call to end");
    server.finishOne();

    assertEquals(withRelatedTask("{\"content\":[{\"type\":\"text\",\"text\":\"done a\"}]}", id),
        client.response(waiting).get("result"));
    JsonNode status = client.notification();
    assertEquals("notifications/tasks/status", status.get("method").stringValue());
    assertEquals(id, status.get("params").get("taskId").stringValue());
    assertEquals("completed", status.get("params").get("status").stringValue());
    JsonNode completed = client.onTask("tasks/get", id).get("result");
    assertEquals(status.get("params"), completed);
    assertEquals(completed, client.request("tasks/list", "{}").get("result").get("tasks").get(0));
    assertError(-32602, "Cannot cancel task: already in terminal status 'completed'",
        client.onTask("tasks/cancel", id));
    assertEquals(withRelatedTask("{\"content\":[{\"type\":\"text\",\"text\":\"done a\"}]}", id),
        client.onTask("tasks/result", id).get("result"), "the result can be fetched again");
  }

  @Test
  void aToolThatFailsEndsItsTaskFailedWithThePlainCallsResult() {
    JsonNode plain = client.request("tools/call", "{\"name\":\"refuse\"}").get("result");
    String id = client.startTask("refuse", "{}").get("taskId").stringValue();
    JsonNode result = client.onTask("tasks/result", id).get("result");
    assertEquals(withRelatedTask(plain.toString(), id), result);
    JsonNode task = client.onTask("tasks/get", id).get("result");
    assertEquals("failed", task.get("status").stringValue());
    assertEquals("Tool execution failed: No report today.",
        task.get("statusMessage").stringValue());
  }

  @Test
  void invalidArgumentsFailTheTaskAsTheyFailAPlainCall() {
    JsonNode plain = client.request("tools/call", "{\"name\":\"work\",\"arguments\":{}}");
    String id = client.startTask("work", "{}").get("taskId").stringValue();
    assertEquals(withRelatedTask(plain.get("result").toString(), id),
        client.onTask("tasks/result", id).get("result"));
    assertEquals("failed", client.onTask("tasks/get", id).get("result").get("status")
        .stringValue());
  }

  @Test
  void cancellingAWorkingTaskStopsItsCallAndEndsItCancelledForGood() {
    String id = client.startTask("work", "{\"label\":\"b\"}").get("taskId").stringValue();
    int waiting = client.send("tasks/result", "{\"taskId\":\"" + id + "\"}");
    JsonNode cancelled = client.onTask("tasks/cancel", id).get("result");
    assertEquals("cancelled", cancelled.get("status").stringValue());
    assertEquals("The task was cancelled by request.",
        cancelled.get("statusMessage").stringValue());
    assertError(-32602, "Task " + id + " was cancelled before its call finished: it has no result",
        client.response(waiting));
    assertEquals("cancelled", client.notification().get("params").get("status").stringValue());

    assertTrue(core.awaitIdle(Duration.ofSeconds(30)), "the call stopped");
    assertEquals(1, server.cancelledCalls(), "the call saw it was cancelled");
    assertEquals(cancelled, client.onTask("tasks/get", id).get("result"));
    assertError(-32602, "Cannot cancel task: already in terminal status 'cancelled'",
        client.onTask("tasks/cancel", id));
  }

  @Test
  void aRequiredTaskToolRunsOnlyAsATask() {
    assertError(-32601, "Tool 'report' runs only as a task: call it with \"task\":{} in the params",
        client.request("tools/call", "{\"name\":\"report\"}"));
    String id = client.startTask("report", "{}").get("taskId").stringValue();
    assertEquals(withRelatedTask(
        "{\"content\":[{\"type\":\"text\",\"text\":\"report for alice\"}]}", id),
        client.onTask("tasks/result", id).get("result"));
  }

  @Test
  void aToolWithoutTaskSupportRefusesTheTaskParam() {
    assertError(-32601, "Tool 'plain' does not run as a task: call it without \"task\"",
        client.request("tools/call", "{\"name\":\"plain\",\"task\":{}}"));
    assertEquals(0, client.request("tasks/list", null).get("result").get("tasks").size());
  }

  @Test
  void malformedTaskRequestsAreInvalidParams() {
    assertError(-32602, "Unknown tool: nope",
        client.request("tools/call", "{\"name\":\"nope\",\"task\":{}}"));
    assertError(-32602, "\"task.ttl\" must be a whole number of milliseconds, got -1",
        client.request("tools/call", "{\"name\":\"report\",\"task\":{\"ttl\":-1}}"));
    assertError(-32602, "\"task\" must be an object such as {\"ttl\":60000}",
        client.request("tools/call", "{\"name\":\"report\",\"task\":true}"));
    assertError(-32602, "tools/call \"arguments\" must be an object, got array",
        client.request("tools/call", "{\"name\":\"report\",\"arguments\":[],\"task\":{}}"));
    assertError(-32602, "tasks/get needs \"taskId\", the id of a task as a string",
        client.request("tasks/get", "{}"));
    assertError(-32602, "Failed to retrieve task: Task not found",
        client.onTask("tasks/result", "no-such-task"));
    assertEquals(0, client.request("tasks/list", null).get("result").get("tasks").size(),
        "no task came of the refused calls");
  }

  @Test
  void aTaskTakesTheTtlAskedForUpToTheMaximum() {
    JsonNode asked = client.request("tools/call",
        "{\"name\":\"report\",\"task\":{\"ttl\":5000}}").get("result").get("task");
    assertEquals(5000, asked.get("ttl").longValue());
    JsonNode tooLong = client.request("tools/call",
        "{\"name\":\"report\",\"task\":{\"ttl\":86400000}}").get("result").get("task");
    assertEquals(TaskLimits.defaults().maxTtl().toMillis(), tooLong.get("ttl").longValue());
    JsonNode none = client.request("tools/call", "{\"name\":\"report\",\"task\":{}}")
        .get("result").get("task");
    assertEquals(TaskLimits.defaults().defaultTtl().toMillis(), none.get("ttl").longValue());
  }

  @Test
  void tasksListPagesThroughTheUsersTasksOldestFirst() {
    Settings defaults = Settings.defaults();
    Settings twoAPage = new Settings(2, defaults.maxConcurrentCalls(), defaults.shutdownGrace(),
        defaults.maxMessageBytes(), defaults.clientRequestTimeout());
    TasksClient paged = new TasksClient(
        ServerCore.create(new TaskServer(), twoAPage, CallExecutor.create(2)), "carol");
    String first = paged.startTask("report", "{}").get("taskId").stringValue();
    String second = paged.startTask("report", "{}").get("taskId").stringValue();
    String third = paged.startTask("report", "{}").get("taskId").stringValue();
    JsonNode page = paged.request("tasks/list", "{}").get("result");
    assertEquals(first, page.get("tasks").get(0).get("taskId").stringValue());
    assertEquals(second, page.get("tasks").get(1).get("taskId").stringValue());
    JsonNode next = paged.request("tasks/list",
        "{\"cursor\":\"" + page.get("nextCursor").stringValue() + "\"}").get("result");
    assertEquals(1, next.get("tasks").size());
    assertEquals(third, next.get("tasks").get(0).get("taskId").stringValue());
    assertNull(next.get("nextCursor"));
    assertError(-32602,
        "Invalid cursor: pass a nextCursor from an earlier answer, or none for the first page",
        paged.request("tasks/list", "{\"cursor\":\"bogus\"}"));
  }

  @Test
  void anotherUserCannotSeeGetWaitForOrCancelATask() {
    String id = client.startTask("work", "{\"label\":\"secret\"}").get("taskId").stringValue();
    TasksClient mallory = new TasksClient(core, "mallory");
    JsonNode unknown = mallory.onTask("tasks/get", "never-issued");
    for (String method : new String[] {"tasks/get", "tasks/result", "tasks/cancel"}) {
      assertEquals(unknown.get("error"), mallory.onTask(method, id).get("error"), method);
    }
    assertEquals(0, mallory.request("tasks/list", "{}").get("result").get("tasks").size());

    TasksClient aliceAgain = new TasksClient(core, "alice");
    assertEquals("working", aliceAgain.onTask("tasks/get", id).get("result").get("status")
        .stringValue(), "the task is the user's, whichever session asks");
    server.finishOne();
    assertEquals(withRelatedTask(
        "{\"content\":[{\"type\":\"text\",\"text\":\"done secret\"}]}", id),
        aliceAgain.onTask("tasks/result", id).get("result"));
  }

  @Test
  void aTaskOutlivesTheSessionThatStartedIt() {
    String id = client.startTask("work", "{\"label\":\"later\"}").get("taskId").stringValue();
    client.close();
    TasksClient reconnected = new TasksClient(core, "alice");
    server.finishOne();
    assertEquals(withRelatedTask(
        "{\"content\":[{\"type\":\"text\",\"text\":\"done later\"}]}", id),
        reconnected.onTask("tasks/result", id).get("result"));
    assertEquals(0, server.cancelledCalls());
  }

  @Test
  void progressOfATaskNamesTheTask() {
    String id = client.request("tools/call", "{\"name\":\"report\",\"task\":{},"
        + "\"_meta\":{\"progressToken\":\"p1\"}}").get("result").get("task").get("taskId")
        .stringValue();
    JsonNode progress = client.notification();
    assertEquals(json("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\","
        + "\"params\":{\"progressToken\":\"p1\",\"progress\":1.0,\"total\":1.0,"
        + "\"message\":\"reported\",\"_meta\":{\"io.modelcontextprotocol/related-task\":"
        + "{\"taskId\":\"" + id + "\"}}}}"), progress);
  }

  @Test
  void clientsOfEarlierRevisionsCallEveryToolPlainly() {
    TasksClient old = new TasksClient(core, "dave", "2025-06-18");
    assertEquals(json("{\"content\":[{\"type\":\"text\",\"text\":\"report for dave\"}]}"),
        old.request("tools/call", "{\"name\":\"report\",\"task\":{}}").get("result"));
    assertEquals(0, old.request("tasks/list", "{}").get("result").get("tasks").size());
  }

  @Test
  void aDefinitionWithAnUnknownTaskSupportFailsAtStart() {
    ServerFactory sometimes = new ServerFactory() {
      @Override
      public ServerInfo info() {
        return new ServerInfo("odd", "1", null, null);
      }

      @Override
      public List<String> toolDefinitions() {
        return List.of("{\"name\":\"t\",\"inputSchema\":{\"type\":\"object\"},"
            + "\"execution\":{\"taskSupport\":\"sometimes\"}}");
      }

      @Override
      public ServerInstance create(UserContext user) {
        throw new AssertionError("never reached");
      }
    };
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> ServerCore.create(sometimes, Settings.defaults(), CallExecutor.create(1)));
    assertEquals("Server 'odd', tool definition 1 ('t'): execution.taskSupport must be "
        + "\"forbidden\", \"optional\" or \"required\", got \"sometimes\"", refused.getMessage());
  }

  @Test
  void aTaskWaitingForTheClientIsInputRequiredUntilItAnswers() {
    TasksClient asking = new TasksClient(core, "carol", "2025-11-25", "{\"sampling\":{}}");
    String taskId = asking.startTask("ask", "{}").get("taskId").stringValue();
    // A status notification may come before or after the request, as the threads run.
    JsonNode request = asking.notification();
    while (request.get("method").stringValue().equals("notifications/tasks/status")) {
      assertEquals("input_required", request.path("params").path("status").stringValue());
      request = asking.notification();
    }
    assertEquals("sampling/createMessage", request.get("method").stringValue());
    assertEquals(taskId, request.path("params").path("_meta")
        .path("io.modelcontextprotocol/related-task").path("taskId").stringValue());
    assertEquals("input_required",
        asking.onTask("tasks/get", taskId).path("result").path("status").stringValue());
    asking.respond(request, "{\"role\":\"assistant\",\"content\":{\"type\":\"text\","
        + "\"text\":\"hello\"},\"model\":\"m\"}");
    JsonNode result = asking.onTask("tasks/result", taskId).get("result");
    assertEquals("model said hello", result.path("content").path(0).path("text").stringValue());
    assertEquals("completed",
        asking.onTask("tasks/get", taskId).path("result").path("status").stringValue());
  }
}
