package golden;

import dev.mcpgen.annotations.McpPrompt;
import dev.mcpgen.annotations.McpResource;
import dev.mcpgen.annotations.McpServer;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.PromptMessage;
import java.util.List;
import java.util.Optional;

/** Books for models. */
@McpServer
public class Library {
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
}
