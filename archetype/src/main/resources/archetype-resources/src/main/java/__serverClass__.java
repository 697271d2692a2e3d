package ${package};

import dev.mcpgen.annotations.McpPrompt;
import dev.mcpgen.annotations.McpResource;
import dev.mcpgen.annotations.McpServer;
import dev.mcpgen.annotations.McpTool;
import dev.mcpgen.annotations.McpTool.Hint;
import dev.mcpgen.runtime.UserContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ${artifactId} MCP server.
 *
 * <p>Every public method annotated {@code @McpTool} is a tool that MCP clients can call. At
 * compile time the mcpgen annotation processor turns this class into a server: a tool method's
 * Javadoc becomes the tool's description, and its {@code @param} lines describe the arguments in
 * the tool's input schema. There is no reflection at run time: the generated code calls your
 * methods directly.
 *
 * <p>The runtime creates one instance of this class per user, so fields hold that user's state.
 * Log with SLF4J: logs go to standard error, as they must, because over stdio standard output
 * carries the protocol.
 */
@McpServer(
    name = "${artifactId}",
    version = "${version}",
    instructions = "Use add for arithmetic instead of computing sums yourself.")
public class ${serverClass} {
  private static final Logger LOG = LoggerFactory.getLogger(${serverClass}.class);

  private final String userId;

  /** Called once per user; drop the parameter if you need no user. */
  public ${serverClass}(UserContext user) {
    this.userId = user.userId();
  }

  /**
   * Adds two integers.
   *
   * @param a the first addend
   * @param b the second addend
   */
  @McpTool(readOnly = Hint.TRUE, idempotent = Hint.TRUE)
  public long add(int a, int b) {
    LOG.info("add({}, {}) for {}", a, b, userId);
    return (long) a + b;
  }

  /**
   * Greets someone.
   *
   * @param name who to greet
   * @param greeting the greeting word; "Hello" when absent
   */
  @McpTool(readOnly = Hint.TRUE)
  public String greet(String name, Optional<String> greeting) {
    return greeting.orElse("Hello") + ", " + name + "!";
  }

  /**
   * What this server does, as a resource a client can show or give to its model.
   *
   * <p>Resources are published by a later mcpgen release: the processor accepts this method
   * today and the runtime will serve it at {@code ${artifactId}://about} once it supports
   * {@code resources/list} and {@code resources/read}.
   */
  @McpResource(uri = "${artifactId}://about", mimeType = "text/plain")
  public String about() {
    return "${artifactId} adds numbers and greets people.";
  }

  /**
   * Asks the model to explain a sum step by step.
   *
   * <p>Prompts are published by a later mcpgen release: the processor accepts this method today
   * and the runtime will serve it through {@code prompts/list} and {@code prompts/get} once it
   * supports them.
   *
   * @param numbers the numbers to add, e.g. "2, 3 and 5"
   */
  @McpPrompt
  public String explainSum(String numbers) {
    return "Add " + numbers + " with the add tool, one step at a time, and explain each step.";
  }
}
