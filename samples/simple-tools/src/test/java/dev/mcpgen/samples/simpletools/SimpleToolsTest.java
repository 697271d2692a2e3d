package dev.mcpgen.samples.simpletools;

import static dev.mcpgen.testkit.McpAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mcpgen.testkit.McpRequestException;
import dev.mcpgen.testkit.McpServerTest;
import dev.mcpgen.testkit.McpTestClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every tool of the sample, in memory, through the test kit: what users' own tests look like. */
@McpServerTest(SimpleTools.class)
class SimpleToolsTest {

  @Test
  void listsEveryToolInDeclarationOrder(McpTestClient client) {
    assertEquals(
        List.of("add", "greet", "convert_temperature", "summarize", "plan_meeting", "store_data",
            "retrieve_data", "list_data", "echo"),
        client.listTools().stream().map(tool -> tool.get("name").asString()).toList());
  }

  @Test
  void addsTwoIntegers(McpTestClient client) {
    assertThat(client.callTool("add", Map.of("a", 2, "b", 3))).isNotError().hasText("5");
    assertThat(client.callTool("add", Map.of("a", Integer.MAX_VALUE, "b", 1)))
        .hasText("2147483648");
  }

  @Test
  void greetsWithAnOptionalGreeting(McpTestClient client) {
    assertThat(client.callTool("greet", Map.of("name", "Ada"))).hasText("Hello, Ada!");
    assertThat(client.callTool("greet", Map.of("name", "Ada", "greeting", "Hi")))
        .hasText("Hi, Ada!");
  }

  @Test
  void convertsTemperaturesToAStructuredResult(McpTestClient client) {
    var result = client.callTool("convert_temperature",
        Map.of("value", 100, "from", "celsius", "to", "fahrenheit"));

    assertThat(result).isNotError()
        .hasStructuredContent("{\"value\":212,\"unit\":\"fahrenheit\"}");
    assertEquals(new Temperature(212, TemperatureUnit.FAHRENHEIT),
        result.structuredContent(Temperature.class));
  }

  @Test
  void summarizesNumbers(McpTestClient client) {
    assertThat(client.callTool("summarize", Map.of("numbers", List.of(1, 2, 3, 6))))
        .isNotError()
        .hasStructuredContent("{\"count\":4,\"sum\":12,\"mean\":3,\"min\":1,\"max\":6}");
  }

  @Test
  void plansAMeetingFromARecordArgument(McpTestClient client) {
    Meeting meeting = new Meeting("Review", LocalDate.of(2026, 12, 1),
        List.of("a@example.com", "b@example.com"), Optional.of(Meeting.Priority.HIGH));

    assertThat(client.callTool("plan_meeting", Map.of("meeting", meeting)))
        .hasText("Review on 2026-12-01 with 2 attendee(s), priority HIGH");
  }

  @Test
  void echoesItsMessage(McpTestClient client) {
    assertThat(client.callTool("echo", Map.of("message", "hello"))).hasText("hello");
  }

  @Test
  void storesRetrievesAndListsData(McpTestClient client) {
    assertThat(client.callTool("store_data", Map.of("key", "colour", "value", "teal")))
        .hasText("Stored 'colour' for local");
    client.callTool("store_data", Map.of("key", "size", "value", "L"));

    assertThat(client.callTool("retrieve_data", Map.of("key", "colour"))).hasText("teal");
    assertThat(client.callTool("list_data", Map.of())).hasText("[\"colour\",\"size\"]");
    assertThat(client.callTool("list_data", Map.of("prefix", "s"))).hasText("[\"size\"]");
  }

  @Test
  void badArgumentsAreErrorsNamingTheArgument(McpTestClient client) {
    assertThat(client.callTool("add", Map.of("a", "two", "b", 3))).isError().textContains("/a");
    assertThat(client.callTool("add", Map.of("a", 2))).isError().textContains("b");
    assertThat(client.callTool("convert_temperature",
            Map.of("value", 1, "from", "rankine", "to", "kelvin")))
        .isError().textContains("/from");
    assertThat(client.callTool("plan_meeting", Map.of("meeting", Map.of("title", "x"))))
        .isError().textContains("/meeting").textContains("date");
  }

  @Test
  void toolFailuresAreErrorsTheModelCanRead(McpTestClient client) {
    assertThat(client.callTool("summarize", Map.of("numbers", List.of())))
        .isError().hasText("numbers must hold at least one value");
    assertThat(client.callTool("retrieve_data", Map.of("key", "nothing-here")))
        .isError().hasText("No value stored under 'nothing-here'. Store one with store_data.");
  }

  @Test
  void anUnknownToolIsAProtocolError(McpTestClient client) {
    McpRequestException e = assertThrows(McpRequestException.class,
        () -> client.callTool("no_such_tool", Map.of()));
    assertEquals(-32602, e.code());
  }

  @Test
  void eachUserSeesOnlyTheirOwnData(McpTestClient client) {
    McpTestClient alice = client.forUser("alice");
    McpTestClient bob = client.forUser("bob");
    assertThat(alice.callTool("store_data", Map.of("key", "secret", "value", "42")))
        .hasText("Stored 'secret' for alice");

    assertThat(bob.callTool("retrieve_data", Map.of("key", "secret"))).isError();
    assertThat(bob.callTool("list_data", Map.of())).hasText("[]");
    assertThat(alice.callTool("retrieve_data", Map.of("key", "secret"))).hasText("42");
    // A second connection of alice's reaches the same instance: state is per user.
    assertThat(client.forUser("alice").callTool("list_data", Map.of())).hasText("[\"secret\"]");
  }

  @Test
  void introducesItself(McpTestClient client) {
    JsonNode serverInfo = client.initializeResult().get("serverInfo");
    assertEquals("simple-tools", serverInfo.get("name").asString());
    assertEquals("Simple Tools", serverInfo.get("title").asString());
  }
}
