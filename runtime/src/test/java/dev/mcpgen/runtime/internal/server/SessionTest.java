package dev.mcpgen.runtime.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.fixture.FixtureServer;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SessionTest {
  private final List<JsonNode> sent = new ArrayList<>();
  private final Session session = new Session(UserContext.of("ada"), sent::add);
  private final JsonRpcConnection connection = new JsonRpcConnection(sent::add, handler());

  private SessionHandler handler() {
    FixtureServer factory = new FixtureServer();
    ToolCatalog catalog = ToolCatalog.of(factory, 10);
    ToolCaller caller =
        new ToolCaller(catalog, new UserInstances(factory), CallExecutor.create(1));
    return new SessionHandler(session, new Dispatcher(catalog, caller), factory.info());
  }

  private void send(String json) {
    connection.receive(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theHandshakeIsRecordedInTheSession() {
    assertFalse(session.isInitialized());
    assertNull(session.protocolVersion());
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
        + "\"protocolVersion\":\"2025-03-26\",\"capabilities\":{\"roots\":{}},"
        + "\"clientInfo\":{\"name\":\"c\",\"version\":\"9\"}}}");
    assertTrue(session.isInitialized());
    assertFalse(session.isClientReady());
    assertEquals("2025-03-26", session.protocolVersion());
    assertEquals("c", session.handshake().clientName());
    assertEquals("9", session.handshake().clientVersion());
    assertEquals(new Session.ClientCapabilities(true, false, false, false),
        session.handshake().clientCapabilities());
    send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    assertTrue(session.isClientReady());
    assertEquals(1, sent.size(), "only initialize is answered");
  }

  @Test
  void theSessionWritesItsOwnMessagesToTheConnectionsSink() {
    session.outbound().sendNotification("notifications/message",
        Json.MAPPER.createObjectNode().put("level", "info"));
    assertEquals("notifications/message", sent.get(0).get("method").stringValue());
    assertEquals("ada", session.user().userId());
  }
}
