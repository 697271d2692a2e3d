package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.UserContext;
import java.util.Objects;

/**
 * The {@link McpContext} of one tool call.
 *
 * @param user who the call runs for
 */
public record CallContext(UserContext user) implements McpContext {
  public CallContext {
    Objects.requireNonNull(user, "user");
  }
}
