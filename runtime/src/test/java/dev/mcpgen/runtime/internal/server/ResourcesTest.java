package dev.mcpgen.runtime.internal.server;

import static dev.mcpgen.runtime.fixture.InMemoryClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.fixture.ContentServer;
import dev.mcpgen.runtime.fixture.FixtureServer;
import dev.mcpgen.runtime.fixture.InMemoryClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResourcesTest {
  private final InMemoryClient client = client(100);

  private static InMemoryClient client(int pageSize) {
    InMemoryClient client = new InMemoryClient(new ContentServer(),
        new Settings(pageSize, 16, Duration.ofSeconds(10), 1 << 20,
            Duration.ofMinutes(1)));
    client.initialize("2025-11-25");
    return client;
  }

  @Test
  void aServerWithResourcesAndPromptsDeclaresThem() {
    JsonNode capabilities = new InMemoryClient(new ContentServer())
        .initialize("2025-11-25").get("capabilities");
    assertEquals(json("{\"subscribe\":true,\"listChanged\":true}"), capabilities.get("resources"));
    assertEquals(json("{\"listChanged\":true}"), capabilities.get("prompts"));
  }

  @Test
  void aServerWithoutResourcesOrPromptsDeclaresNeitherNorServesThem() {
    InMemoryClient tools = new InMemoryClient(new FixtureServer());
    JsonNode capabilities = tools.initialize("2025-11-25").get("capabilities");
    assertFalse(capabilities.has("resources"));
    assertFalse(capabilities.has("prompts"));
    assertEquals(-32601, tools.request("resources/list", null).get("error").get("code").intValue());
  }

  @Test
  void theResourcesAreTheFactorysDefinitionsExactly() {
    JsonNode result = client.request("resources/list", null).get("result");
    assertEquals(json(new ContentServer().resourceDefinitions().get(0)),
        result.get("resources").get(0));
    assertEquals(3, result.get("resources").size());
    assertFalse(result.has("nextCursor"));
  }

  @Test
  void resourcesArePaginatedLikeTools() {
    InMemoryClient small = client(2);
    JsonNode first = small.request("resources/list", null).get("result");
    assertEquals(2, first.get("resources").size());
    JsonNode second = small.request("resources/list",
        "{\"cursor\":" + first.get("nextCursor") + "}").get("result");
    assertEquals("config://broken", second.get("resources").get(0).get("uri").stringValue());
    assertFalse(second.has("nextCursor"));
  }

  @Test
  void aToolsCursorIsNoResourcesCursor() {
    InMemoryClient small = client(2);
    String cursor = small.request("resources/list", null).get("result").get("nextCursor")
        .toString();
    JsonNode error = small.request("prompts/list", "{\"cursor\":" + cursor + "}").get("error");
    assertEquals(-32602, error.get("code").intValue());
  }

  @Test
  void theTemplatesAreListedApart() {
    JsonNode result = client.request("resources/templates/list", null).get("result");
    assertEquals(json(new ContentServer().resourceTemplateDefinitions().get(0)),
        result.get("resourceTemplates").get(0));
  }

  @Test
  void aFixedTextResourceIsReadForItsUser() {
    JsonNode result = client.request("resources/read", "{\"uri\":\"config://app\"}")
        .get("result");
    assertEquals(json("{\"contents\":[{\"uri\":\"config://app\","
        + "\"mimeType\":\"application/json\",\"text\":\"{\\\"user\\\":\\\"local\\\"}\"}]}"),
        result);
  }

  @Test
  void aBinaryResourceIsABase64Blob() {
    JsonNode contents = client.request("resources/read", "{\"uri\":\"file:///logo.png\"}")
        .get("result").get("contents").get(0);
    assertEquals("UE5H", contents.get("blob").stringValue());
    assertFalse(contents.has("text"));
  }

  @Test
  void aTemplateResourceBindsItsVariable() {
    JsonNode contents = client.request("resources/read",
        "{\"uri\":\"file:///logs/2025%2D01.txt\"}").get("result").get("contents").get(0);
    assertEquals("log of 2025-01", contents.get("text").stringValue());
    assertEquals("file:///logs/2025%2D01.txt", contents.get("uri").stringValue());
  }

  @Test
  void anUnknownResourceIsErrorResourceNotFoundNamingTheUri() {
    JsonNode error = client.request("resources/read", "{\"uri\":\"file:///nope\"}")
        .get("error");
    assertEquals(-32002, error.get("code").intValue());
    assertTrue(error.get("message").stringValue().contains("file:///nope"), error.toString());
    assertEquals("file:///nope", error.get("data").get("uri").stringValue());
  }

  @Test
  void aResourceThatThrowsIsAnInternalErrorWithoutItsMessage() {
    JsonNode error = client.request("resources/read", "{\"uri\":\"config://broken\"}")
        .get("error");
    assertEquals(-32603, error.get("code").intValue());
    assertFalse(error.get("message").stringValue().contains("on purpose"));
  }

  @Test
  void readWithoutAUriIsInvalidParams() {
    assertEquals(-32602,
        client.request("resources/read", "{}").get("error").get("code").intValue());
  }
}
