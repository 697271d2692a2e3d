package golden;

import dev.mcpgen.runtime.ServerControl;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Creates the MCP server {@code library} from {@link Library}, one instance per user.
 */
@Generated("dev.mcpgen.processor.McpProcessor")
public final class LibraryMcpFactory implements ServerFactory {
  private static final ServerInfo INFO = new ServerInfo("library", "0.1.0", null, "Books for models.");

  private static final List<String> TOOLS = List.of();

  private static final List<String> RESOURCES = List.of(
      "{\"uri\":\"library://hours\",\"name\":\"hours\",\"description\":\"The opening hours.\",\"mimeType\":\"text/plain\"}");

  private static final List<String> RESOURCE_TEMPLATES = List.of(
      "{\"uriTemplate\":\"library://books/{isbn}/cover\",\"name\":\"cover\",\"description\":\"A book's cover.\",\"mimeType\":\"image/png\"}");

  private static final List<String> PROMPTS = List.of(
      "{\"name\":\"recommend\",\"title\":\"Recommend\",\"description\":\"Recommends a book.\",\"arguments\":[{\"name\":\"genre\",\"description\":\"the genre to pick from\",\"required\":true},{\"name\":\"mood\",\"description\":\"how the reader feels\",\"required\":false}]}");

  /**
   * Called by {@code ServiceLoader}.
   */
  public LibraryMcpFactory() {
  }

  @Override
  public ServerInfo info() {
    return INFO;
  }

  @Override
  public List<String> toolDefinitions() {
    return TOOLS;
  }

  @Override
  public ServerInstance create(UserContext user) {
    return create(user, ServerControl.none());
  }

  @Override
  public ServerInstance create(UserContext user, ServerControl control) {
    return new LibraryMcpDispatch(new Library(control));
  }

  @Override
  public List<String> resourceDefinitions() {
    return RESOURCES;
  }

  @Override
  public List<String> resourceTemplateDefinitions() {
    return RESOURCE_TEMPLATES;
  }

  @Override
  public List<String> promptDefinitions() {
    return PROMPTS;
  }

  @Override
  public boolean hasCompletions() {
    return true;
  }
}
