package dev.mcpgen.testkit;

import java.util.List;

/**
 * Entry points of the kit's assertions. Import them statically:
 *
 * <pre>{@code
 * import static dev.mcpgen.testkit.McpAssertions.assertThat;
 *
 * assertThat(client.callTool("add", Map.of("a", 2, "b", 3))).isNotError().hasText("5");
 * assertThat(client.notifications()).contains("notifications/message");
 * }</pre>
 *
 * <p>Failures are opentest4j's {@code AssertionFailedError}s with expected and actual values,
 * which IDEs show side by side.
 */
public final class McpAssertions {
  private McpAssertions() {}

  /** Assertions on a tool result. */
  public static ToolResultAssert assertThat(ToolResult result) {
    return new ToolResultAssert(result);
  }

  /** Assertions on received notifications, e.g. {@code client.notifications()}. */
  public static NotificationsAssert assertThat(List<Notification> notifications) {
    return new NotificationsAssert(notifications);
  }
}
