package golden;

import dev.mcpgen.annotations.McpComplete;
import dev.mcpgen.annotations.McpPrompt;
import dev.mcpgen.annotations.McpResource;
import dev.mcpgen.annotations.McpServer;
import dev.mcpgen.runtime.Completion;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.PromptMessage;
import dev.mcpgen.runtime.ServerControl;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Books for models. */
@McpServer
public class Library {
  private final ServerControl control;

  /** Created by the runtime, with the control that tells clients when covers change. */
  public Library(ServerControl control) {
    this.control = control;
  }

  /** The opening hours. */
  @McpResource(uri = "library://hours", mimeType = "text/plain")
  public String hours() {
    return "9-17";
  }

  /** A book's cover. */
  @McpResource(uri = "library://books/{isbn}/cover", mimeType = "image/png")
  public byte[] cover(String isbn, McpContext context) {
    return isbn.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Recommends a book.
   *
   * @param genre the genre to pick from
   * @param mood how the reader feels
   */
  @McpPrompt(title = "Recommend")
  public List<PromptMessage> recommend(String genre, Optional<String> mood) {
    return List.of(PromptMessage.user("A " + genre + " book for a " + mood.orElse("calm")
        + " reader"));
  }

  /** Genres starting with what the user typed. */
  @McpComplete(prompt = "recommend", argument = "genre")
  public List<String> genres(String prefix) {
    return List.of("crime", "fantasy", "poetry").stream().filter(g -> g.startsWith(prefix))
        .toList();
  }

  /** ISBNs of the genre chosen so far. */
  @McpComplete(resourceTemplate = "library://books/{isbn}/cover", argument = "isbn")
  public Completion isbns(String prefix, Map<String, String> chosen) {
    control.resourceUpdated("library://hours");
    return Completion.of(List.of(prefix + "978"));
  }
}
