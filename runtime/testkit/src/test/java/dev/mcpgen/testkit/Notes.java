package dev.mcpgen.testkit;

import dev.mcpgen.runtime.ToolException;
import dev.mcpgen.runtime.UserContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A server class as a user writes it, minus the annotations: the kit must not depend on the
 * processor, so {@link NotesMcpFactory} is written out by hand as the processor would generate
 * it, under the name the kit looks for.
 */
public class Notes {
  private final String userId;
  private final Map<String, String> notes = new HashMap<>();

  public Notes(UserContext user) {
    this.userId = user.userId();
  }

  /** A result with structured content. */
  public record Point(int x, int y) {}

  public long add(int a, int b) {
    return (long) a + b;
  }

  public String remember(String key, String value) {
    notes.put(key, value);
    return "Remembered '" + key + "' for " + userId;
  }

  public String recall(String key) {
    String value = notes.get(key);
    if (value == null) {
      throw new ToolException("Nothing remembered under '" + key + "'");
    }
    return value;
  }

  public Point point(int x, int y) {
    return new Point(x, y);
  }
}
