package dev.mcpgen.runtime;

/**
 * What a running tool call can reach besides its arguments. Declare a parameter of this type on
 * an {@code @McpTool} method to receive it; it is supplied by the runtime and never appears in
 * the tool's input schema.
 */
public interface McpContext {
  /** The user this call runs for. */
  UserContext user();

  /** Shorthand for {@code user().userId()}. */
  default String userId() {
    return user().userId();
  }
}
