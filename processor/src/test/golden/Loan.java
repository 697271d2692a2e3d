package golden;

import dev.mcpgen.annotations.McpForm;
import dev.mcpgen.annotations.McpParam;
import dev.mcpgen.annotations.McpTitle;
import java.util.Optional;
import java.util.Set;

/**
 * What a reader tells the library to borrow a book.
 *
 * @param name who borrows it
 * @param weeks how long
 * @param format the format wanted
 * @param reminders how to remind them
 */
@McpForm
public record Loan(
    String name,
    @McpParam(defaultValue = "2") int weeks,
    Optional<Format> format,
    Set<Reminder> reminders) {
  /** A book format. */
  public enum Format { PAPER, EBOOK }

  /** A way to remind a reader. */
  public enum Reminder {
    @McpTitle("E-mail") EMAIL,
    @McpTitle("Text message") SMS
  }
}
