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

  /**
   * The calling user's state in this server, in memory or durable as the host is configured.
   * The runtime's contexts implement it; the default, for contexts made by hand, has none.
   *
   * @throws ToolException when the user id cannot name stored state
   * @throws UnsupportedOperationException when this context has no store
   */
  default Store store() {
    throw new UnsupportedOperationException("This context has no store");
  }

  /**
   * The calling user's credentials for {@code service}, read as {@code type} (an
   * {@link ApiKey}, an {@link OAuthToken}, refreshed before it expires, or a type of your own
   * matching the stored JSON); read once per user instance, then cached.
   *
   * <pre>{@code
   * OAuthToken token = ctx.credentials("github", OAuthToken.class);
   * request.header("Authorization", "Bearer " + token.accessToken());
   * }</pre>
   *
   * @throws ToolException when the user has none yet, telling them which {@code auth} command
   *     to run, or when they cannot be read or refreshed
   * @throws UnsupportedOperationException when this context has no credentials
   */
  default <C> C credentials(String service, Class<C> type) {
    throw new UnsupportedOperationException("This context has no credentials");
  }
}
