package dev.mcpgen.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.fixture.StateServer;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tools that require scopes: hidden from callers lacking them, and refused to them. */
class ToolScopesTest {
  /** The state server with {@code put} and {@code delete} needing {@code state:write}. */
  private static final StateServer SCOPED = new StateServer() {
    @Override
    public Map<String, Set<String>> toolScopes() {
      return Map.of("put", Set.of("state:write"), "delete", Set.of("state:write", "admin"));
    }
  };

  private final ServerCore core =
      ServerCore.create(SCOPED, Settings.defaults(), CallExecutor.create(2));

  private JsonNode request(UserContext user, String method, String params) throws Exception {
    BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    JsonRpcConnection connection = core.connect(received::add, user);
    List<String> frames = new ArrayList<>(List.of(
        "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-11-25\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}"));
    frames.forEach(frame -> connection.receive(frame.getBytes(StandardCharsets.UTF_8)));
    received.poll(30, TimeUnit.SECONDS);
    return received.poll(30, TimeUnit.SECONDS);
  }

  private List<String> toolNames(UserContext user) throws Exception {
    List<String> names = new ArrayList<>();
    request(user, "tools/list", "{}").get("result").get("tools")
        .forEach(tool -> names.add(tool.get("name").stringValue()));
    return names;
  }

  @Test
  void toolsNeedingAScopeTheCallerLacksAreLeftOutOfTheList() throws Exception {
    assertEquals(List.of("get", "keys", "key"),
        toolNames(new UserContext("alice", null, Set.of("state:read"))));
    assertEquals(List.of("put", "get", "keys", "key"),
        toolNames(new UserContext("alice", null, Set.of("state:write"))));
    assertEquals(List.of("put", "get", "keys", "delete", "key"),
        toolNames(UserContext.of("alice")), "not limited by scopes");
  }

  @Test
  void callingAToolWithoutItsScopesIsRefused() throws Exception {
    JsonNode refused = request(new UserContext("alice", null, Set.of("state:read")),
        "tools/call", "{\"name\":\"put\",\"arguments\":{\"key\":\"k\",\"value\":\"v\"}}");

    assertEquals(Json.MAPPER.readTree("{\"code\":-32003,\"message\":\"Insufficient scope: tool "
        + "'put' requires the scopes [state:write]\"}"), refused.get("error"));
  }

  @Test
  void callingAToolWithItsScopesWorks() throws Exception {
    JsonNode result = request(new UserContext("alice", null, Set.of("state:write")),
        "tools/call", "{\"name\":\"put\",\"arguments\":{\"key\":\"k\",\"value\":\"v\"}}");

    assertEquals("stored", result.get("result").get("content").get(0).get("text").stringValue(),
        result.toString());
  }
}
