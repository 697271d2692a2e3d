package ${package};

import static dev.mcpgen.testkit.McpAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpgen.testkit.McpServerTest;
import dev.mcpgen.testkit.McpTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tests the server in memory with the mcpgen test kit: each test gets a client of a new server
 * that goes through the real MCP protocol path, without a process or a socket.
 */
@McpServerTest(${serverClass}.class)
class ${serverClass}Test {

  @Test
  void listsItsTools(McpTestClient client) {
    assertEquals(List.of("add", "greet"),
        client.listTools().stream().map(tool -> tool.get("name").asString()).toList());
  }

  @Test
  void addsTwoIntegers(McpTestClient client) {
    assertThat(client.callTool("add", Map.of("a", 2, "b", 3))).isNotError().hasText("5");
  }

  @Test
  void greetsWithAnOptionalGreeting(McpTestClient client) {
    assertThat(client.callTool("greet", Map.of("name", "Ada"))).hasText("Hello, Ada!");
    assertThat(client.callTool("greet", Map.of("name", "Ada", "greeting", "Hi")))
        .hasText("Hi, Ada!");
  }

  @Test
  void rejectsBadArgumentsNamingThem(McpTestClient client) {
    assertThat(client.callTool("add", Map.of("a", "two", "b", 3))).isError().textContains("/a");
  }
}
