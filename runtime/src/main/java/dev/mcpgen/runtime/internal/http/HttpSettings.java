package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.server.VirtualThreads;
import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * The HTTP host's limits and timers. Every limit keeps memory bounded whatever clients do; each
 * refusal names the limit it hit. The launcher reads them from system properties, e.g.
 * {@code -Dmcpgen.http.maxSessions=500}.
 *
 * @param maxSessions sessions open at once, over all servers (503 beyond)
 * @param maxInstances server instances kept at once, one per server and user (503 beyond, once
 *     idle ones have been evicted)
 * @param maxRequestBytes the largest request body (413 beyond), enforced while reading
 * @param maxQueuedMessages messages waiting to be written to one SSE stream; a client reading
 *     slower than that loses the connection (and may resume it) instead of growing memory
 * @param replayEvents events a session keeps for clients resuming a stream with
 *     {@code Last-Event-ID}
 * @param sessionIdleTimeout how long a session lives with no request and no open stream
 * @param instanceIdleTimeout how long an instance outlives its user's last session
 * @param keepAliveInterval how often idle SSE streams get a comment line, so proxies keep them
 *     and a client that has gone is noticed
 * @param sseRetry the reconnection delay SSE streams advise clients
 * @param maxConnections connections the built-in server keeps open at once (503 beyond); each
 *     has a thread, virtual on Java 21+
 * @param readTimeout how long the built-in server waits for a request on an idle connection,
 *     or for more of one under way, before it drops the connection
 */
public record HttpSettings(int maxSessions, int maxInstances, int maxRequestBytes,
    int maxQueuedMessages, int replayEvents, Duration sessionIdleTimeout,
    Duration instanceIdleTimeout, Duration keepAliveInterval, Duration sseRetry,
    int maxConnections, Duration readTimeout) {
  public HttpSettings {
    positive(maxSessions, "maxSessions");
    positive(maxInstances, "maxInstances");
    positive(maxRequestBytes, "maxRequestBytes");
    positive(maxQueuedMessages, "maxQueuedMessages");
    positive(replayEvents, "replayEvents");
    positive(keepAliveInterval.toMillis(), "keepAliveInterval");
    positive(maxConnections, "maxConnections");
    positive(readTimeout.toMillis(), "readTimeout");
    if (sessionIdleTimeout.isNegative() || instanceIdleTimeout.isNegative()
        || sseRetry.isNegative()) {
      throw new IllegalArgumentException("timeouts must not be negative");
    }
  }

  /**
   * 10,000 sessions, 1,000 instances, 4 MiB bodies, 1,000 queued messages a stream, 100 events
   * to replay a session, sessions idle for 30 minutes and instances for 10 end, a keep-alive
   * every 15 s, a 2 s retry; 10,000 connections on Java 21+ (1,000 before, where each holds a
   * platform thread), a 30 s read timeout.
   */
  public static HttpSettings defaults() {
    int connections = VirtualThreads.available() ? 10_000 : 1_000;
    return new HttpSettings(10_000, 1_000, 4 * 1024 * 1024, 1_000, 100, Duration.ofMinutes(30),
        Duration.ofMinutes(10), Duration.ofSeconds(15), Duration.ofSeconds(2), connections,
        Duration.ofSeconds(30));
  }

  /**
   * The defaults overridden by the {@code mcpgen.http.*} system properties: {@code maxSessions},
   * {@code maxInstances}, {@code maxRequestBytes}, {@code maxQueuedMessages},
   * {@code replayEvents}, {@code sessionIdleMillis}, {@code instanceIdleMillis},
   * {@code keepAliveMillis}, {@code sseRetryMillis}, {@code maxConnections},
   * {@code readTimeoutMillis}.
   *
   * @throws IllegalArgumentException naming a property whose value is not a valid number
   */
  public static HttpSettings fromSystemProperties() {
    HttpSettings d = defaults();
    return new HttpSettings(
        (int) property("maxSessions", d, HttpSettings::maxSessions),
        (int) property("maxInstances", d, HttpSettings::maxInstances),
        (int) property("maxRequestBytes", d, HttpSettings::maxRequestBytes),
        (int) property("maxQueuedMessages", d, HttpSettings::maxQueuedMessages),
        (int) property("replayEvents", d, HttpSettings::replayEvents),
        millis("sessionIdleMillis", d, s -> s.sessionIdleTimeout().toMillis()),
        millis("instanceIdleMillis", d, s -> s.instanceIdleTimeout().toMillis()),
        millis("keepAliveMillis", d, s -> s.keepAliveInterval().toMillis()),
        millis("sseRetryMillis", d, s -> s.sseRetry().toMillis()),
        (int) property("maxConnections", d, HttpSettings::maxConnections),
        millis("readTimeoutMillis", d, s -> s.readTimeout().toMillis()));
  }

  private static Duration millis(String name, HttpSettings defaults,
      ToLongFunction<HttpSettings> fallback) {
    return Duration.ofMillis(property(name, defaults, fallback));
  }

  private static long property(String name, HttpSettings defaults,
      ToLongFunction<HttpSettings> fallback) {
    String key = "mcpgen.http." + name;
    String value = System.getProperty(key);
    if (value == null) {
      return fallback.applyAsLong(defaults);
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be an integer, got '" + value + "'");
    }
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
