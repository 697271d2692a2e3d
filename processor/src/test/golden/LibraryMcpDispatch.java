package golden;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.Completion;
import dev.mcpgen.runtime.GetPromptResult;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.ReadResourceResult;
import dev.mcpgen.runtime.ResourceContents;
import dev.mcpgen.runtime.internal.Arguments;
import dev.mcpgen.runtime.internal.UriTemplate;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UnknownPromptException;
import dev.mcpgen.runtime.spi.UnknownResourceException;
import dev.mcpgen.runtime.spi.UnknownToolException;
import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the tools, resources and prompts of {@link Library} for one user.
 */
@Generated("dev.mcpgen.processor.McpProcessor")
final class LibraryMcpDispatch implements ServerInstance {
  private static final UriTemplate TEMPLATE_0 = UriTemplate.compile("library://books/{isbn}/cover");

  private final Library server;

  LibraryMcpDispatch(Library server) {
    this.server = server;
  }

  @Override
  public CallToolResult callTool(String name, ObjectNode arguments, McpContext context) {
    throw new UnknownToolException(name);
  }

  @Override
  public ReadResourceResult readResource(String uri, McpContext context) {
    switch (uri) {
      case "library://hours":
        return ReadResourceResult.of(ResourceContents.text(uri, "text/plain", server.hours()));
      default:
        break;
    }
    Map<String, String> values = TEMPLATE_0.match(uri);
    if (values != null) {
      return ReadResourceResult.of(ResourceContents.blob(uri, "image/png", server.cover(values.get("isbn"), context)));
    }
    throw new UnknownResourceException(uri);
  }

  @Override
  public GetPromptResult getPrompt(String name, ObjectNode arguments, McpContext context) {
    return switch (name) {
      case "recommend" -> new GetPromptResult(null, server.recommend(Arguments.value(arguments, "genre", null, String.class), Arguments.optional(arguments, "mood", null, String.class)));
      default -> throw new UnknownPromptException(name);
    };
  }

  @Override
  public Completion complete(boolean promptRef, String ref, String argument, String value,
      Map<String, String> context, McpContext mcpContext) {
    return switch ((promptRef ? "prompt " : "template ") + ref + " " + argument) {
      case "prompt recommend genre" -> Completion.of(server.genres(value));
      case "template library://books/{isbn}/cover isbn" -> server.isbns(value, context);
      default -> null;
    };
  }
}
