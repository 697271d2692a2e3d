package dev.mcpgen.samples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the official Java SDK client cannot send (2.1.0 has neither {@code notifications/cancelled}
 * nor tasks), over stdio to the packaged jar in raw JSON-RPC lines.
 */
class ConformanceRawStdioIT {
  private JsonLinesProcess server;

  @BeforeEach
  void start() {
    server = JsonLinesProcess.initialized("{}");
  }

  @AfterEach
  void stop() throws InterruptedException {
    server.close();
  }

  @Test
  void aCancelledCallStopsAndIsNeverAnswered() {
    int call = server.send("tools/call", "{\"name\":\"test_tool_with_task\","
        + "\"arguments\":{\"steps\":500},\"_meta\":{\"progressToken\":\"slow\"}}");
    server.notification("notifications/progress", params -> params.path("progress").asInt() == 2);
    server.notify("notifications/cancelled", "{\"requestId\":" + call + ",\"reason\":\"bored\"}");

    // Each call below outlasts several 20 ms steps: a call still running would report them.
    server.request("tools/call", "{\"name\":\"test_tool_with_logging\"}");
    long reported = progressReports();
    server.request("tools/call", "{\"name\":\"test_tool_with_logging\"}");
    assertEquals(reported, progressReports(), "progress went on after the cancellation");
    assertTrue(reported < 100, reported + " steps reported");
    assertTrue(server.unclaimed().stream().noneMatch(message -> message.path("id").asInt() == call
        && !message.has("method")), () -> "the cancelled call was answered: " + server.unclaimed());
  }

  @Test
  void aToolCallRunsAsATaskThatIsPolledAndAnswered() {
    JsonNode task = server.request("tools/call", "{\"name\":\"test_tool_with_task\","
        + "\"arguments\":{\"steps\":5},\"task\":{\"ttl\":60000}}").get("result").get("task");
    String id = task.get("taskId").asString();
    assertEquals("working", task.get("status").asString());

    JsonNode result = server.request("tasks/result", "{\"taskId\":\"" + id + "\"}").get("result");
    assertEquals("Task completed 5 steps", result.get("content").get(0).get("text").asString());
    assertEquals(id, result.get("_meta").get("io.modelcontextprotocol/related-task")
        .get("taskId").asString());
    server.notification("notifications/tasks/status", params ->
        params.path("taskId").asString().equals(id)
            && params.path("status").asString().equals("completed"));
    assertEquals("completed", server.request("tasks/get", "{\"taskId\":\"" + id + "\"}")
        .get("result").get("status").asString());
    JsonNode listed = server.request("tasks/list", "{}").get("result").get("tasks");
    assertEquals(List.of(id), listed.findValuesAsString("taskId"));
  }

  @Test
  void aCancelledTaskEndsCancelledAndHasNoResult() {
    String id = server.request("tools/call", "{\"name\":\"test_tool_with_task\","
        + "\"arguments\":{\"steps\":500},\"task\":{}}").get("result").get("task").get("taskId")
        .asString();
    JsonNode cancelled = server.request("tasks/cancel", "{\"taskId\":\"" + id + "\"}");
    assertEquals("cancelled", cancelled.get("result").get("status").asString());
    JsonNode result = server.request("tasks/result", "{\"taskId\":\"" + id + "\"}");
    assertEquals(-32602, result.get("error").get("code").asInt());
    assertEquals("cancelled", server.request("tasks/get", "{\"taskId\":\"" + id + "\"}")
        .get("result").get("status").asString());
  }

  @Test
  void theServerDeclaresTasksForToolCalls() {
    assertEquals("{\"list\":{},\"cancel\":{},\"requests\":{\"tools\":{\"call\":{}}}}",
        server.initializeResult().get("capabilities").get("tasks").toString());
  }

  private long progressReports() {
    return server.unclaimed().stream()
        .filter(message -> "notifications/progress".equals(message.path("method").asString(null)))
        .count() + 1; // the one claimed while waiting for the call to start
  }
}
