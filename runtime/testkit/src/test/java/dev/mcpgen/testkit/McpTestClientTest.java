package dev.mcpgen.testkit;

import static dev.mcpgen.testkit.McpAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class McpTestClientTest {
  private final McpTestClient client = McpTestClient.of(Notes.class);

  @AfterEach
  void close() {
    client.close();
  }

  /** Arguments as a test might hold them. */
  record Addends(int a, int b) {}

  @Test
  void initializesWithTheLatestProtocolVersion() {
    JsonNode result = client.initializeResult();
    assertEquals("2025-11-25", result.get("protocolVersion").asString());
    assertEquals("notes", result.at("/serverInfo/name").asString());
    assertEquals("Remember things.", result.get("instructions").asString());
  }

  @Test
  void listsEveryToolInOrder() {
    assertEquals(List.of("add", "remember", "recall", "point"), names(client.listTools()));
  }

  @Test
  void listsToolsAcrossEveryPage() {
    // The runtime pages tools/list by 100: 250 tools take three pages.
    List<String> expected = IntStream.range(0, 250).mapToObj(i -> "tool" + i).toList();
    try (McpTestClient many = McpTestClient.of(toolsNamed(expected))) {
      assertEquals(expected, names(many.listTools()));
    }
  }

  @Test
  void callsAToolWithAMapOrARecord() {
    assertThat(client.callTool("add", Map.of("a", 2, "b", 3))).isNotError().hasText("5");
    assertThat(client.callTool("add", new Addends(40, 2))).isNotError().hasText("42");
  }

  @Test
  void readsStructuredContentAsARecord() {
    ToolResult result = client.callTool("point", Map.of("x", 1, "y", 2));
    assertEquals(new Notes.Point(1, 2), result.structuredContent(Notes.Point.class));
    assertThat(result).hasStructuredContent("{\"x\":1,\"y\":2}");
  }

  @Test
  void returnsFailuresTheModelShouldSeeAsErrorResults() {
    assertThat(client.callTool("recall", Map.of("key", "k")))
        .isError().hasText("Nothing remembered under 'k'");
    assertThat(client.callTool("add", Map.of("a", "two", "b", 3)))
        .isError().textContains("/a");
  }

  @Test
  void throwsProtocolErrorsWithTheirCode() {
    McpRequestException unknownTool =
        assertThrows(McpRequestException.class, () -> client.callTool("nope", Map.of()));
    assertEquals(-32602, unknownTool.code());
    assertEquals("Unknown tool: nope", unknownTool.errorMessage());

    McpRequestException notServed = assertThrows(McpRequestException.class,
        () -> client.request("resources/read", Map.of("uri", "notes://1")));
    assertEquals(-32601, notServed.code());
    assertTrue(notServed.getMessage().contains("resources/read"), notServed.getMessage());
  }

  @Test
  void sendsAnyRequestAndReturnsItsResult() {
    assertEquals("{}", client.request("ping", null).toString());
  }

  @Test
  void keepsEachUsersStateToThatUser() {
    McpTestClient alice = client.forUser("alice");
    McpTestClient bob = client.forUser("bob");
    assertThat(alice.callTool("remember", Map.of("key", "pin", "value", "1234")))
        .hasText("Remembered 'pin' for alice");

    assertThat(bob.callTool("recall", Map.of("key", "pin"))).isError();
    assertThat(client.callTool("recall", Map.of("key", "pin"))).isError();
    assertThat(client.forUser("alice").callTool("recall", Map.of("key", "pin")))
        .isNotError().hasText("1234");
    assertEquals("bob", bob.userId());
  }

  @Test
  void closingAClientClosesItsOtherUsersToo() {
    McpTestClient alice = client.forUser("alice");
    client.close();
    assertThrows(IllegalStateException.class, client::listTools);
    assertThrows(IllegalStateException.class, alice::listTools);
  }

  @Test
  void aClassWithoutGeneratedFactorySaysHowToGetOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> McpTestClient.of(String.class));
    assertTrue(e.getMessage().contains("java.lang.StringMcpFactory"), e.getMessage());
    assertTrue(e.getMessage().contains("annotationProcessorPaths"), e.getMessage());
  }

  @Test
  void nestedServerClassesJoinTheirNamesWithUnderscores() {
    assertEquals("dev.mcpgen.testkit.McpTestClientTest_AddendsMcpFactory",
        Factories.factoryName(Addends.class));
    assertEquals("dev.mcpgen.testkit.NotesMcpFactory", Factories.factoryName(Notes.class));
  }

  private static List<String> names(List<JsonNode> tools) {
    return tools.stream().map(tool -> tool.get("name").asString()).toList();
  }

  private static ServerFactory toolsNamed(List<String> names) {
    return new ServerFactory() {
      @Override
      public ServerInfo info() {
        return new ServerInfo("many", "1", null, null);
      }

      @Override
      public List<String> toolDefinitions() {
        return names.stream().map(name -> NotesMcpFactory.tool(name, "{\"type\":\"object\"}"))
            .toList();
      }

      @Override
      public ServerInstance create(UserContext user) {
        throw new UnsupportedOperationException("only listed");
      }
    };
  }
}
