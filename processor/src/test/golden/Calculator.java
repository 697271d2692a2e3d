package golden;

import dev.mcpgen.annotations.McpServer;
import dev.mcpgen.annotations.McpTool;
import dev.mcpgen.annotations.McpTool.Hint;
import java.util.Optional;

/** Arithmetic for models that should not do it in their heads. */
@McpServer(name = "calculator", version = "1.0.0")
public class Calculator {
  /**
   * Adds two integers.
   *
   * @param a the first addend
   * @param b the second addend
   */
  @McpTool(readOnly = Hint.TRUE)
  public long add(int a, int b) {
    return (long) a + b;
  }

  /**
   * Greets someone.
   *
   * @param name who to greet
   * @param greeting the greeting word; "Hello" when absent
   */
  @McpTool
  public String greet(String name, Optional<String> greeting) {
    return greeting.orElse("Hello") + ", " + name + "!";
  }
}
