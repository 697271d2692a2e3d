package dev.mcpgen.testkit;

import java.util.List;
import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.JsonNode;

/**
 * Fluent assertions on the notifications a client received.
 *
 * <pre>{@code
 * assertThat(client.notifications())
 *     .contains("notifications/progress", "{\"progressToken\":1,\"progress\":50}");
 * }</pre>
 */
public final class NotificationsAssert {
  private final List<Notification> actual;

  NotificationsAssert(List<Notification> actual) {
    this.actual = List.copyOf(actual);
  }

  /** No notification arrived. */
  public NotificationsAssert isEmpty() {
    return hasSize(0);
  }

  /** Exactly {@code expected} notifications arrived. */
  public NotificationsAssert hasSize(int expected) {
    if (actual.size() != expected) {
      throw fail("Expected " + expected + " notification(s)", expected, actual.size());
    }
    return this;
  }

  /** At least one notification of {@code method} arrived. */
  public NotificationsAssert contains(String method) {
    if (actual.stream().noneMatch(n -> n.method().equals(method))) {
      throw fail("Expected a notification " + method, method, null);
    }
    return this;
  }

  /**
   * A notification of {@code method} with exactly the parameters {@code paramsJson} arrived,
   * numbers compared by value.
   */
  public NotificationsAssert contains(String method, String paramsJson) {
    JsonNode params = JsonMatch.parse(paramsJson);
    if (actual.stream().noneMatch(n ->
        n.method().equals(method) && JsonMatch.matches(params, n.params()))) {
      throw fail("Expected a notification " + method + " " + params, params, null);
    }
    return this;
  }

  /** No notification of {@code method} arrived. */
  public NotificationsAssert doesNotContain(String method) {
    if (actual.stream().anyMatch(n -> n.method().equals(method))) {
      throw fail("Expected no notification " + method, null, method);
    }
    return this;
  }

  private AssertionFailedError fail(String what, Object expected, Object was) {
    return new AssertionFailedError(what + " but got " + actual, expected, was);
  }
}
