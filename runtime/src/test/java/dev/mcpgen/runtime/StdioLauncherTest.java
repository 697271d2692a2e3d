package dev.mcpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.fixture.StdioProcess;
import dev.mcpgen.runtime.internal.Json;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The launcher serving the fixture server over a real process's stdin and stdout. */
class StdioLauncherTest {
  private static String call(int id, String tool, String arguments) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{"
        + "\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}}";
  }

  private static String text(JsonNode response) {
    return response.get("result").get("content").get(0).get("text").stringValue();
  }

  @Test
  void aClientInitializesListsAndCallsOverStdio() {
    try (StdioProcess server = StdioProcess.fixture()) {
      JsonNode init = server.initialize().get("result");
      assertEquals("fixture", init.get("serverInfo").get("name").stringValue());
      assertEquals("2025-11-25", init.get("protocolVersion").stringValue());
      JsonNode list = server.exchange("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
      assertEquals("add", list.get("result").get("tools").get(0).get("name").stringValue());
      assertEquals("5", text(server.exchange(call(2, "add", "{\"a\":2,\"b\":3}"))));
      server.closeStdin();
      assertEquals(0, server.exitCode());
    }
  }

  @Test
  void tenThousandPipelinedCallsAreAllAnswered() throws InterruptedException {
    int calls = 10_000;
    try (StdioProcess server = StdioProcess.fixture()) {
      server.initialize();
      Thread writer = new Thread(() -> {
        for (int i = 0; i < calls; i++) {
          server.write(call(i, "add", "{\"a\":" + i + ",\"b\":" + i + "}"));
        }
        server.flush();
      });
      writer.start();
      BitSet answered = new BitSet(calls);
      for (int i = 0; i < calls; i++) {
        JsonNode response = server.next();
        int id = response.get("id").intValue();
        assertEquals(Integer.toString(2 * id), text(response));
        assertFalse(answered.get(id), "answered once: " + id);
        answered.set(id);
      }
      writer.join();
      assertEquals(calls, answered.cardinality());
      server.closeStdin();
      assertEquals(0, server.exitCode());
    }
  }

  @Test
  void aToolPrintingToSystemOutLeavesStdoutValidJsonLines() {
    try (StdioProcess server = StdioProcess.fixture()) {
      server.initialize();
      assertEquals("printed", text(server.exchange(call(1, "echo", "{\"message\":\"printed\"}"))));
      server.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}");
      server.closeStdin();
      assertEquals(0, server.exitCode());
      List<String> rest = server.remainingStdout();
      assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}"), rest);
      assertTrue(server.stderr().contains("printed\n"), server.stderr());
      assertTrue(server.stderr().contains("\"id\":\"forged\""), server.stderr());
    }
  }

  @Test
  void aToolReadingSystemInStealsNoMessages() {
    try (StdioProcess server = StdioProcess.fixture()) {
      server.initialize();
      server.send(call(1, "peek", "{}"));
      server.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}");
      List<JsonNode> answers = List.of(server.next(), server.next());
      assertTrue(answers.contains(Json.MAPPER.readTree("{\"jsonrpc\":\"2.0\",\"id\":1,"
          + "\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"-1\"}]}}")),
          answers.toString());
      assertTrue(answers.contains(Json.MAPPER.readTree(
          "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}")), answers.toString());
    }
  }

  @Test
  void theEndOfInputLetsRunningCallsFinishThenExitsWithZero() {
    try (StdioProcess server = StdioProcess.fixture()) {
      server.initialize();
      server.send(call(1, "sleep", "{\"millis\":300}"));
      server.closeStdin();
      assertEquals(0, server.exitCode());
      List<String> rest = server.remainingStdout();
      assertEquals(1, rest.size(), rest.toString());
      assertEquals("slept", text(Json.MAPPER.readTree(rest.get(0))));
    }
  }

  @Test
  void aClientLeavingMidCallDoesNotHangTheServer() {
    try (StdioProcess server = StdioProcess.fixture("-Dmcpgen.shutdownGraceMillis=200")) {
      server.initialize();
      server.send(call(1, "sleep", "{}"));
      server.closeStdin();
      assertEquals(0, server.exitCode());
      assertTrue(server.stderr().contains("abandoned"), server.stderr());
    }
  }

  @Test
  void badInputIsAnsweredAndTheServerKeepsServing() {
    try (StdioProcess server = StdioProcess.fixture("-Dmcpgen.maxMessageBytes=100000")) {
      server.initialize();
      List<JsonNode> errors = new ArrayList<>();
      errors.add(server.exchange("{not json"));
      errors.add(server.exchange("[".repeat(100_000)));
      errors.add(server.exchange("\"" + "x".repeat(200_000) + "\""));
      for (JsonNode error : errors) {
        assertEquals(-32700, error.get("error").get("code").intValue(), error.toString());
        assertTrue(error.get("id").isNull());
      }
      assertEquals("5", text(server.exchange(call(1, "add", "{\"a\":2,\"b\":3}"))));
      server.closeStdin();
      assertEquals(0, server.exitCode());
    }
  }

  @Test
  void theUserIdOptionNamesTheUser() {
    try (StdioProcess server = StdioProcess.start(List.of(), "--server", "fixture",
        "--user-id", "ada")) {
      server.initialize();
      assertEquals("ada", text(server.exchange(call(1, "whoami", "{}"))));
    }
  }

  @Test
  void helpPrintsTheUsageAndExitsWithZero() {
    try (StdioProcess launcher = StdioProcess.start(List.of(), "--help")) {
      assertEquals(0, launcher.exitCode());
      assertTrue(launcher.remainingStdout().get(0).startsWith("Usage: "));
    }
  }

  @Test
  void anUnknownOptionPrintsTheUsageOnStderrAndExitsWithTwo() {
    try (StdioProcess launcher = StdioProcess.start(List.of(), "--bogus")) {
      assertEquals(2, launcher.exitCode());
      assertTrue(launcher.stderr().startsWith("mcpgen: unknown option --bogus\n"),
          launcher.stderr());
      assertTrue(launcher.stderr().contains("Usage: "));
      assertEquals(List.of(), launcher.remainingStdout());
    }
  }

  @Test
  void anUnknownServerNameListsTheServers() {
    try (StdioProcess launcher = StdioProcess.start(List.of(), "--server", "nope")) {
      assertEquals(2, launcher.exitCode());
      assertEquals("mcpgen: no server named 'nope'; the class path has fixture, other\n",
          launcher.stderr());
    }
  }

  @Test
  void severalServersNeedAChoice() {
    try (StdioProcess launcher = StdioProcess.start(List.of())) {
      assertEquals(2, launcher.exitCode());
      assertTrue(launcher.stderr().contains("several servers (fixture, other)"),
          launcher.stderr());
    }
  }
}
