package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.http.sse.SseWriter;
import dev.mcpgen.runtime.spi.Authenticator;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the endpoints of a host share.
 *
 * @param settings the limits and timers
 * @param sessions the live sessions
 * @param authenticator decides who opens a session
 * @param defaultUserId the user of sessions whose path names none
 * @param io where event streams are written, so no tool call waits for a slow client
 * @param openStreams the number of open SSE responses
 */
record HostContext(HttpSettings settings, SessionRegistry sessions, Authenticator authenticator,
    String defaultUserId, Executor io, AtomicInteger openStreams) {

  /** Answers {@code exchange} with an SSE stream. */
  SseWriter openStream(Exchange exchange, Map<String, String> headers) throws IOException {
    return SseWriter.open(exchange, headers, io, settings.maxQueuedMessages(), openStreams);
  }

  /** Whether a session of {@code version} understands the 2025-11-25 priming event. */
  static boolean primes(String version) {
    return version != null && version.compareTo("2025-11-25") >= 0;
  }
}
