package dev.mcpgen.runtime.internal.server;

import java.time.Duration;

/**
 * The runtime's tunables. The launcher reads them from system properties, e.g.
 * {@code -Dmcpgen.pageSize=20}.
 *
 * @param pageSize how many items a list answer holds at most before it paginates
 * @param maxConcurrentCalls how many tool calls may run or wait to run at once; reading input
 *     pauses beyond that, so a flood of calls slows the client instead of exhausting memory
 * @param shutdownGrace how long calls still running at the end of input may take to finish
 * @param maxMessageBytes the longest message a transport reads
 * @param clientRequestTimeout how long a tool waits for the client to answer a request of the
 *     server's (sampling, elicitation, roots)
 */
public record Settings(int pageSize, int maxConcurrentCalls, Duration shutdownGrace,
    int maxMessageBytes, Duration clientRequestTimeout) {
  public Settings {
    require(pageSize, "pageSize");
    require(maxConcurrentCalls, "maxConcurrentCalls");
    require(maxMessageBytes, "maxMessageBytes");
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException("shutdownGrace must not be negative");
    }
    if (clientRequestTimeout.isNegative() || clientRequestTimeout.isZero()) {
      throw new IllegalArgumentException("clientRequestTimeout must be positive");
    }
  }

  /**
   * 100 tools a page, 1024 concurrent calls, 10 s to finish them, 64 MiB messages, 5 minutes
   * for a client to answer (a person may be filling in a form).
   */
  public static Settings defaults() {
    return new Settings(100, 1024, Duration.ofSeconds(10), 64 * 1024 * 1024,
        Duration.ofMinutes(5));
  }

  /** These settings with another client request timeout. */
  public Settings withClientRequestTimeout(Duration timeout) {
    return new Settings(pageSize, maxConcurrentCalls, shutdownGrace, maxMessageBytes, timeout);
  }

  /**
   * The defaults overridden by {@code mcpgen.pageSize}, {@code mcpgen.maxConcurrentCalls},
   * {@code mcpgen.shutdownGraceMillis}, {@code mcpgen.maxMessageBytes} and
   * {@code mcpgen.clientRequestTimeoutMillis}.
   *
   * @throws IllegalArgumentException naming a property whose value is not a positive integer
   */
  public static Settings fromSystemProperties() {
    Settings defaults = defaults();
    return new Settings(
        property("mcpgen.pageSize", defaults.pageSize()),
        property("mcpgen.maxConcurrentCalls", defaults.maxConcurrentCalls()),
        Duration.ofMillis(
            property("mcpgen.shutdownGraceMillis", (int) defaults.shutdownGrace().toMillis())),
        property("mcpgen.maxMessageBytes", defaults.maxMessageBytes()),
        Duration.ofMillis(property("mcpgen.clientRequestTimeoutMillis",
            (int) defaults.clientRequestTimeout().toMillis())));
  }

  private static int property(String name, int fallback) {
    String value = System.getProperty(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
    }
  }

  private static void require(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
