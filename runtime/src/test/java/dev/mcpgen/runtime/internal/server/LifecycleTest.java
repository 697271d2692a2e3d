package dev.mcpgen.runtime.internal.server;

import static dev.mcpgen.runtime.fixture.InMemoryClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.fixture.FixtureServer;
import dev.mcpgen.runtime.fixture.InMemoryClient;
import dev.mcpgen.runtime.fixture.OtherServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class LifecycleTest {
  private final InMemoryClient client = new InMemoryClient(new FixtureServer());

  @ParameterizedTest
  @ValueSource(strings = {"2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"})
  void aSupportedVersionIsAnsweredWithItself(String version) {
    assertEquals(version, client.initialize(version).get("protocolVersion").stringValue());
  }

  @Test
  void anUnknownVersionIsAnsweredWithTheLatest() {
    assertEquals("2025-11-25",
        client.initialize("1999-01-01").get("protocolVersion").stringValue());
  }

  @Test
  void initializeIntroducesTheServerAndItsCapabilities() {
    assertEquals(
        json("{\"protocolVersion\":\"2025-06-18\","
            + "\"capabilities\":{\"logging\":{},\"tools\":{\"listChanged\":true}},"
            + "\"serverInfo\":{\"name\":\"fixture\",\"version\":\"1.2.3\","
            + "\"title\":\"Fixture Server\"},"
            + "\"instructions\":\"Call add to add.\"}"),
        client.initialize("2025-06-18"));
  }

  @Test
  void aServerWithoutTitleOrInstructionsLeavesThemOut() {
    InMemoryClient other = new InMemoryClient(new OtherServer());
    JsonNode result = other.initialize("2025-11-25");
    assertEquals(json("{\"name\":\"other\",\"version\":\"0.0.1\"}"), result.get("serverInfo"));
    assertTrue(!result.has("instructions"));
  }

  @Test
  void initializeWithoutAProtocolVersionIsInvalidParams() {
    JsonNode response = client.request("initialize", "{\"capabilities\":{}}");
    assertEquals(-32602, response.get("error").get("code").intValue());
    assertTrue(response.get("error").get("message").stringValue().contains("protocolVersion"));
  }

  @Test
  void initializingTwiceIsAnInvalidRequest() {
    client.initialize("2025-11-25");
    JsonNode again = client.request("initialize", "{\"protocolVersion\":\"2025-11-25\"}");
    assertEquals(-32600, again.get("error").get("code").intValue());
  }

  @Test
  void pingIsAnsweredBeforeInitialize() {
    assertEquals(json("{}"), client.request("ping", null).get("result"));
  }

  @Test
  void pingIsAnsweredAfterInitialize() {
    client.initialize("2025-11-25");
    assertEquals(json("{}"), client.request("ping", "{}").get("result"));
  }

  @Test
  void otherRequestsBeforeInitializeAreRefusedWithAClearError() {
    JsonNode response = client.request("tools/list", null);
    assertEquals(-32600, response.get("error").get("code").intValue());
    assertEquals("Invalid request: the session is not initialized: send initialize before "
        + "tools/list", response.get("error").get("message").stringValue());
  }

  @Test
  void requestsAreServedOnceInitializeIsAnsweredEvenBeforeTheClientSaysItIsReady() {
    client.request("initialize", "{\"protocolVersion\":\"2025-11-25\"}");
    assertTrue(client.request("tools/list", null).has("result"));
  }

  @Test
  void anUnknownMethodIsMethodNotFound() {
    client.initialize("2025-11-25");
    JsonNode response = client.request("resources/list", null);
    assertEquals(-32601, response.get("error").get("code").intValue());
    assertEquals("Method not found: resources/list",
        response.get("error").get("message").stringValue());
  }

  @Test
  void unknownNotificationsAreIgnored() {
    client.initialize("2025-11-25");
    client.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
        + "\"params\":{\"requestId\":1}}");
    client.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/whatever\"}");
    assertEquals(json("{}"), client.request("ping", null).get("result"));
  }
}
