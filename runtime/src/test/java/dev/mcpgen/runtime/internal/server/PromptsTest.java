package dev.mcpgen.runtime.internal.server;

import static dev.mcpgen.runtime.fixture.InMemoryClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.fixture.ContentServer;
import dev.mcpgen.runtime.fixture.InMemoryClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PromptsTest {
  private final InMemoryClient client = new InMemoryClient(new ContentServer());

  PromptsTest() {
    client.initialize("2025-11-25");
  }

  @Test
  void thePromptsAreTheFactorysDefinitionsExactly() {
    JsonNode prompts = client.request("prompts/list", null).get("result").get("prompts");
    assertEquals(json(new ContentServer().promptDefinitions().get(0)), prompts.get(0));
    assertEquals(2, prompts.size());
  }

  @Test
  void aPromptGetsItsArgumentsAndAnswersItsMessages() {
    JsonNode result = client.request("prompts/get",
        "{\"name\":\"review\",\"arguments\":{\"code\":\"x++\",\"style\":\"terse\"}}")
        .get("result");
    assertEquals(json("{\"description\":\"Reviews code.\",\"messages\":["
        + "{\"role\":\"user\",\"content\":{\"type\":\"text\","
        + "\"text\":\"Review in terse style:\\nx++\"}},"
        + "{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"On it.\"}}]}"),
        result);
  }

  @Test
  void aPromptWithoutArgumentsNeedsNone() {
    JsonNode messages = client.request("prompts/get", "{\"name\":\"chat\"}")
        .get("result").get("messages");
    assertEquals("Hello", messages.get(0).get("content").get("text").stringValue());
  }

  @Test
  void aMissingRequiredArgumentIsInvalidParamsNamingIt() {
    JsonNode error = client.request("prompts/get",
        "{\"name\":\"review\",\"arguments\":{\"style\":\"terse\"}}").get("error");
    assertEquals(-32602, error.get("code").intValue());
    assertTrue(error.get("message").stringValue().contains("'code'"), error.toString());
  }

  @Test
  void anArgumentThatIsNotAStringIsInvalidParams() {
    JsonNode error = client.request("prompts/get",
        "{\"name\":\"review\",\"arguments\":{\"code\":1}}").get("error");
    assertEquals(-32602, error.get("code").intValue());
  }

  @Test
  void anUnknownPromptIsInvalidParams() {
    JsonNode error = client.request("prompts/get", "{\"name\":\"nope\"}").get("error");
    assertEquals(-32602, error.get("code").intValue());
    assertTrue(error.get("message").stringValue().contains("nope"), error.toString());
  }
}
