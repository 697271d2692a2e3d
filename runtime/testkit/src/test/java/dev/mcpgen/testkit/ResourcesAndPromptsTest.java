package dev.mcpgen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.GetPromptResult;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.ReadResourceResult;
import dev.mcpgen.runtime.ResourceContents;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UnknownResourceException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ResourcesAndPromptsTest {
  /** One resource, one template, one prompt, written as the processor would generate them. */
  static final class Shelf implements ServerFactory {
    @Override
    public ServerInfo info() {
      return new ServerInfo("shelf", "1", null, null);
    }

    @Override
    public List<String> toolDefinitions() {
      return List.of();
    }

    @Override
    public List<String> resourceDefinitions() {
      return List.of("{\"uri\":\"shelf://size\",\"name\":\"size\"}");
    }

    @Override
    public List<String> resourceTemplateDefinitions() {
      return List.of("{\"uriTemplate\":\"shelf://{book}\",\"name\":\"book\"}");
    }

    @Override
    public List<String> promptDefinitions() {
      return List.of("{\"name\":\"pick\",\"arguments\":[{\"name\":\"genre\",\"required\":true}]}");
    }

    @Override
    public ServerInstance create(UserContext user) {
      return new ServerInstance() {
        @Override
        public CallToolResult callTool(String name, ObjectNode arguments, McpContext context) {
          throw new UnsupportedOperationException();
        }

        @Override
        public ReadResourceResult readResource(String uri, McpContext context) {
          if (uri.equals("shelf://size")) {
            return ReadResourceResult.of(ResourceContents.text(uri, null, "3"));
          }
          throw new UnknownResourceException(uri);
        }

        @Override
        public GetPromptResult getPrompt(String name, ObjectNode arguments, McpContext context) {
          return GetPromptResult.text("Pick a " + arguments.get("genre").asString() + " book");
        }
      };
    }
  }

  private final McpTestClient client = McpTestClient.of(new Shelf());

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void listsResourcesTemplatesAndPrompts() {
    assertEquals("shelf://size", client.listResources().get(0).get("uri").asString());
    assertEquals("shelf://{book}",
        client.listResourceTemplates().get(0).get("uriTemplate").asString());
    assertEquals("pick", client.listPrompts().get(0).get("name").asString());
  }

  @Test
  void readsAResource() {
    assertEquals("3", client.readResource("shelf://size").at("/contents/0/text").asString());
  }

  @Test
  void anUnknownResourceThrowsResourceNotFound() {
    assertEquals(-32002, assertThrows(McpRequestException.class,
        () -> client.readResource("shelf://dune")).code());
  }

  @Test
  void getsAPromptWithItsArguments() {
    assertEquals("Pick a poetry book",
        client.getPrompt("pick", Map.of("genre", "poetry")).at("/messages/0/content/text")
            .asString());
    assertEquals(-32602, assertThrows(McpRequestException.class,
        () -> client.getPrompt("pick", null)).code());
  }
}
