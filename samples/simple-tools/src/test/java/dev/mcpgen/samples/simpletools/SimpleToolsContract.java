package dev.mcpgen.samples.simpletools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a real MCP client sees of the simple-tools server, whatever the transport. Each transport
 * runs these same assertions through the official Java SDK client.
 */
abstract class SimpleToolsContract {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An initialized client connected to a fresh simple-tools server. */
  abstract McpSyncClient client();

  /**
   * The protocol version the client and server agree on: the latest, unless the transport is
   * older (the SDK's legacy SSE client speaks 2024-11-05 only).
   */
  String expectedProtocolVersion() {
    return "2025-11-25";
  }

  @Test
  void initializeIntroducesTheServer() {
    var init = client().getCurrentInitializationResult();
    assertEquals("simple-tools", init.serverInfo().name());
    assertEquals("0.1.0", init.serverInfo().version());
    assertEquals("Simple Tools", init.serverInfo().title());
    assertEquals(expectedProtocolVersion(), init.protocolVersion());
    assertTrue(init.capabilities().tools() != null, "tools capability");
    assertTrue(init.capabilities().resources() != null, "resources capability");
    assertTrue(init.capabilities().prompts() != null, "prompts capability");
  }

  @Test
  void toolsListIsExactlyTheBuildTimeManifest() throws Exception {
    JsonNode listed = JSON.valueToTree(Map.of("tools", client().listTools().tools()));
    JsonNode manifest;
    try (InputStream in = resource("META-INF/mcp/simple-tools/tools.json")) {
      manifest = JSON.readTree(in);
    }
    assertEquals(withoutNulls(manifest), withoutNulls(listed));
  }

  @Test
  void resourcesAndPromptsListsAreExactlyTheBuildTimeManifests() throws Exception {
    JsonNode listed = JSON.valueToTree(Map.of(
        "resources", client().listResources().resources(),
        "resourceTemplates", client().listResourceTemplates().resourceTemplates()));
    assertEquals(withoutNulls(manifest("resources.json")), withoutNulls(listed));
    JsonNode prompts = JSON.valueToTree(Map.of("prompts", client().listPrompts().prompts()));
    assertEquals(withoutNulls(manifest("prompts.json")), withoutNulls(prompts));
  }

  @Test
  void theFixedResourceIsListedAndRead() {
    Resource about = client().listResources().resources().get(0);
    assertEquals("info://simple-tools/about", about.uri());
    assertEquals("What this server offers, in one sentence.", about.description());
    var contents = (TextResourceContents) client()
        .readResource(new ReadResourceRequest("info://simple-tools/about")).contents().get(0);
    assertEquals("text/plain", contents.mimeType());
    assertTrue(contents.text().startsWith("Simple Tools adds"), contents.text());
  }

  @Test
  void theTemplateResourceReadsStoredDataByKey() {
    var template = client().listResourceTemplates().resourceTemplates().get(0);
    assertEquals("data://{key}", template.uriTemplate());
    assertEquals("stored_value", template.name());
    call("store_data", Map.of("key", "colour", "value", "teal"));
    var contents = (TextResourceContents) client()
        .readResource(new ReadResourceRequest("data://colour")).contents().get(0);
    assertEquals("teal", contents.text());
    assertEquals("data://colour", contents.uri());
  }

  @Test
  void anUnknownResourceIsErrorResourceNotFound() {
    McpError error = assertThrows(McpError.class,
        () -> client().readResource(new ReadResourceRequest("data://nothing-here")));
    assertEquals(-32002, error.getJsonRpcError().code());
    assertTrue(error.getMessage().contains("data://nothing-here"), error.getMessage());
  }

  @Test
  void thePromptIsListedWithItsArgumentsAndFilledIn() {
    var prompt = client().listPrompts().prompts().get(0);
    assertEquals("greeting", prompt.name());
    assertEquals("Asks the model to greet someone.", prompt.description());
    assertEquals(List.of(true, false),
        prompt.arguments().stream().map(a -> a.required()).toList());
    GetPromptResult result = client().getPrompt(
        new GetPromptRequest("greeting", Map.of("name", "Ada", "style", "formal")));
    assertEquals(Role.USER, result.messages().get(0).role());
    assertEquals("Write a formal greeting for Ada.",
        ((TextContent) result.messages().get(0).content()).text());
  }

  @Test
  void aPromptWithoutItsRequiredArgumentIsInvalidParams() {
    McpError error = assertThrows(McpError.class,
        () -> client().getPrompt(new GetPromptRequest("greeting", Map.of())));
    assertEquals(-32602, error.getJsonRpcError().code());
  }

  private static JsonNode manifest(String file) throws Exception {
    try (InputStream in = resource("META-INF/mcp/simple-tools/" + file)) {
      return JSON.readTree(in);
    }
  }

  @Test
  void toolsListPublishesSchemasDescriptionsAndHints() {
    List<Tool> tools = client().listTools().tools();
    assertEquals(
        List.of(
            "add",
            "greet",
            "convert_temperature",
            "summarize",
            "plan_meeting",
            "store_data",
            "retrieve_data",
            "list_data",
            "echo"),
        tools.stream().map(Tool::name).toList());

    Tool add = tool(tools, "add");
    assertEquals("Adds two integers.", add.description());
    assertJson(
        """
        {"$schema":"https://json-schema.org/draft/2020-12/schema",
         "type":"object","properties":{
          "a":{"type":"integer","description":"the first addend"},
          "b":{"type":"integer","description":"the second addend"}},
         "required":["a","b"],"additionalProperties":false}""",
        add.inputSchema());
    assertTrue(add.annotations().readOnlyHint());
    assertTrue(add.annotations().idempotentHint());
    assertNull(add.annotations().destructiveHint(), "unset hints are not published");
    assertNull(add.outputSchema(), "a number is text, not structured");

    assertJson(
        """
        {"$schema":"https://json-schema.org/draft/2020-12/schema",
         "type":"object","properties":{
          "name":{"type":"string","description":"who to greet"},
          "greeting":{"type":"string","description":"the greeting word; \\"Hello\\" when absent"}},
         "required":["name"],"additionalProperties":false}""",
        tool(tools, "greet").inputSchema());

    Tool convert = tool(tools, "convert_temperature");
    assertJson(
        """
        {"type":"string","enum":["celsius","fahrenheit","kelvin"],
         "description":"the unit of value"}""",
        convert.inputSchema().get("properties") instanceof Map<?, ?> p ? p.get("from") : null);
    assertJson(
        """
        {"$schema":"https://json-schema.org/draft/2020-12/schema",
         "type":"object","properties":{
          "value":{"type":"number","description":"the temperature, rounded to two decimals"},
          "unit":{"type":"string","enum":["celsius","fahrenheit","kelvin"],
                  "description":"the unit of value"}},
         "required":["value","unit"],"additionalProperties":false}""",
        convert.outputSchema());

    Tool plan = tool(tools, "plan_meeting");
    assertJson(
        """
        {"$ref":"#/$defs/meeting","description":"the meeting to plan"}""",
        ((Map<?, ?>) plan.inputSchema().get("properties")).get("meeting"));
    assertJson(
        """
        {"type":"object","properties":{
          "title":{"type":"string","description":"what the meeting is about"},
          "date":{"type":"string","format":"date","description":"the day it takes place"},
          "attendees":{"type":"array","items":{"type":"string"},
                       "description":"who attends, by email"},
          "priority":{"type":"string","enum":["LOW","NORMAL","HIGH"],
                      "description":"how urgent it is; normal when absent"}},
         "required":["title","date","attendees"],"additionalProperties":false}""",
        ((Map<?, ?>) plan.inputSchema().get("$defs")).get("meeting"));
  }

  @Test
  void everyToolAnswers() {
    assertEquals("5", text(call("add", Map.of("a", 2, "b", 3))));
    assertEquals("Hello, Ada!", text(call("greet", Map.of("name", "Ada"))));
    assertEquals("Hi, Ada!", text(call("greet", Map.of("name", "Ada", "greeting", "Hi"))));

    CallToolResult converted =
        call("convert_temperature", Map.of("value", 100, "from", "celsius", "to", "fahrenheit"));
    assertEquals(Map.of("value", 212.0, "unit", "fahrenheit"), converted.structuredContent());
    assertJson("{\"value\":212.0,\"unit\":\"fahrenheit\"}", JSON.readTree(text(converted)));

    CallToolResult stats = call("summarize", Map.of("numbers", List.of(1, 2, 3, 6)));
    assertEquals(
        Map.of("count", 4, "sum", 12.0, "mean", 3.0, "min", 1.0, "max", 6.0),
        stats.structuredContent());

    assertEquals(
        "Review on 2026-12-01 with 2 attendee(s), priority HIGH",
        text(
            call(
                "plan_meeting",
                Map.of(
                    "meeting",
                    Map.of(
                        "title", "Review",
                        "date", "2026-12-01",
                        "attendees", List.of("a@example.com", "b@example.com"),
                        "priority", "HIGH")))));

    assertEquals("Stored 'colour' for local", text(call("store_data", Map.of("key", "colour",
        "value", "teal"))));
    assertEquals("teal", text(call("retrieve_data", Map.of("key", "colour"))));
    assertEquals("[\"colour\"]", text(call("list_data", Map.of())));
    assertEquals("[]", text(call("list_data", Map.of("prefix", "x"))));
  }

  @Test
  void badArgumentsComeBackAsAnErrorNamingTheArgument() {
    CallToolResult result = call("add", Map.of("a", "two", "b", 3));
    assertTrue(result.isError());
    assertTrue(text(result).contains("/a"), text(result));

    CallToolResult missing = call("plan_meeting", Map.of("meeting", Map.of("title", "x")));
    assertTrue(missing.isError());
    assertTrue(text(missing).contains("/meeting"), text(missing));
    assertTrue(text(missing).contains("date"), text(missing));

    CallToolResult unknown = call("add", Map.of("a", 2, "b", 3, "c", 4));
    assertTrue(unknown.isError());
    assertTrue(text(unknown).contains("/c: unexpected property; expected only a, b"),
        text(unknown));
  }

  @Test
  void aToolFailureIsAnErrorResultTheModelCanRead() {
    CallToolResult result = call("retrieve_data", Map.of("key", "nothing-here"));
    assertTrue(result.isError());
    assertEquals("No value stored under 'nothing-here'. Store one with store_data.", text(result));
  }

  @Test
  void anUnknownToolIsAJsonRpcError() {
    McpError error = assertThrows(McpError.class, () -> call("no_such_tool", Map.of()));
    assertEquals(-32602, error.getJsonRpcError().code());
    assertTrue(error.getMessage().contains("no_such_tool"), error.getMessage());
  }

  @Test
  void printingToSystemOutLeavesTheStreamIntact() {
    assertEquals("hello", text(call("echo", Map.of("message", "hello"))));
    assertEquals("5", text(call("add", Map.of("a", 2, "b", 3))));
  }

  private CallToolResult call(String tool, Map<String, Object> arguments) {
    return client().callTool(new CallToolRequest(tool, arguments));
  }

  private static String text(CallToolResult result) {
    assertEquals(1, result.content().size(), "one content item");
    return ((TextContent) result.content().get(0)).text();
  }

  private static Tool tool(List<Tool> tools, String name) {
    return tools.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static void assertJson(String expected, Object actual) {
    assertEquals(JSON.readTree(expected), JSON.valueToTree(actual));
  }

  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      var copy = JSON.createObjectNode();
      node.properties().forEach(e -> {
        if (!e.getValue().isNull()) {
          copy.set(e.getKey(), withoutNulls(e.getValue()));
        }
      });
      return copy;
    }
    if (node.isArray()) {
      var copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(withoutNulls(item)));
      return copy;
    }
    return node;
  }

  private static InputStream resource(String name) {
    InputStream in = SimpleToolsContract.class.getClassLoader().getResourceAsStream(name);
    assertFalse(in == null, name + " is on the class path");
    return in;
  }
}
