package dev.mcpgen.runtime;

/**
 * What a server instance can tell its clients on its own: that a resource changed, or that it
 * now offers other tools, prompts or resources. An instance serves one user, so this reaches
 * that user's connections only.
 *
 * <p>Take it as a constructor parameter of the server class, beside or instead of
 * {@link UserContext}, or from {@link McpContext#server()} during a call. Thread-safe.
 */
public interface ServerControl {
  /**
   * Sends {@code notifications/resources/updated} to every connection subscribed to
   * {@code uri}.
   */
  void resourceUpdated(String uri);

  /** Hides or shows tool {@code name}; connections get {@code notifications/tools/list_changed}. */
  void setToolEnabled(String name, boolean enabled);

  /** Hides or shows prompt {@code name}; connections get {@code notifications/prompts/list_changed}. */
  void setPromptEnabled(String name, boolean enabled);

  /**
   * Hides or shows the resource or resource template whose URI (or template) is {@code uri};
   * connections get {@code notifications/resources/list_changed}.
   */
  void setResourceEnabled(String uri, boolean enabled);

  /** A control that reaches no one, for instances made outside a host (tests). */
  static ServerControl none() {
    return NoServerControl.INSTANCE;
  }
}
