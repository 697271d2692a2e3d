package dev.mcpgen.testkit;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A peer that does what the runtime cannot do yet, to test the client's side of it: its one
 * tool, {@code ask}, sends a progress and a log notification, then sends the client the request
 * named by its arguments ({@code {"method":…,"params":…}}) and returns the client's whole
 * response as its structured content.
 */
final class ScriptedServer implements Server {
  private final Map<String, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile JsonNode initializeParams;

  /** What the client sent in {@code initialize}. */
  JsonNode initializeParams() {
    return initializeParams;
  }

  @Override
  public Consumer<byte[]> connect(MessageSink sink, UserContext user) {
    return frame -> receive(sink, Json.MAPPER.readTree(frame));
  }

  private void receive(MessageSink sink, JsonNode message) {
    String method = message.path("method").asString("");
    switch (method) {
      case "" -> answers.remove(message.get("id").asString()).complete(message);
      case "initialize" -> {
        initializeParams = message.get("params");
        ObjectNode result = object().put("protocolVersion", McpTestClient.PROTOCOL_VERSION);
        result.putObject("capabilities").putObject("tools");
        result.putObject("serverInfo").put("name", "scripted").put("version", "1");
        sink.send(object().put("jsonrpc", "2.0").set("id", message.get("id")).set("result",
            result));
      }
      // The client waits for the answer while the server waits for the client: another thread.
      case "tools/call" -> new Thread(() -> ask(sink, message)).start();
      default -> { }
    }
  }

  private void ask(MessageSink sink, JsonNode call) {
    JsonNode arguments = call.at("/params/arguments");
    sink.sendNotification("notifications/progress",
        object().put("progressToken", "p").put("progress", 1));
    sink.sendNotification("notifications/message",
        object().put("level", "info").put("data", "asking"));
    String id = "server-" + ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    answers.put(id, answer);
    sink.send(object().put("jsonrpc", "2.0").put("id", id)
        .put("method", arguments.get("method").asString())
        .set("params", arguments.get("params")));
    ObjectNode result = object();
    result.putArray("content");
    try {
      result.set("structuredContent", answer.get(30, TimeUnit.SECONDS));
    } catch (Exception e) {
      result.put("isError", true);
    }
    sink.send(object().put("jsonrpc", "2.0").set("id", call.get("id")).set("result", result));
  }

  private static ObjectNode object() {
    return Json.MAPPER.createObjectNode();
  }
}
