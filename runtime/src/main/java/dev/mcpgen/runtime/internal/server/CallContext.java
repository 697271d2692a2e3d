package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.Store;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import java.util.Objects;

/**
 * The {@link McpContext} of one tool call.
 *
 * @param user who the call runs for
 * @param related where messages about the call go before its result (progress and log
 *     notifications, requests to the client): to the same place as the result
 * @param scope the user's store and credentials, or {@code null} until the call reaches the
 *     user's instance
 */
public record CallContext(UserContext user, MessageSink related, UserScope scope)
    implements McpContext {
  public CallContext {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(related, "related");
  }

  /** A context of {@code user} not yet attached to an instance's scope. */
  public CallContext(UserContext user, MessageSink related) {
    this(user, related, null);
  }

  /** A context whose related messages go nowhere, for calls outside any connection. */
  public CallContext(UserContext user) {
    this(user, message -> {});
  }

  /** This context, reaching the store and credentials of {@code scope}. */
  CallContext within(UserScope scope) {
    return new CallContext(user, related, scope);
  }

  @Override
  public Store store() {
    return attached().store();
  }

  @Override
  public <C> C credentials(String service, Class<C> type) {
    return attached().credentials(service, type);
  }

  private UserScope attached() {
    if (scope == null) {
      throw new IllegalStateException("This context is not attached to a server instance");
    }
    return scope;
  }
}
