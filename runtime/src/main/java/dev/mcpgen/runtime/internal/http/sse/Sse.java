package dev.mcpgen.runtime.internal.http.sse;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of server-sent events. A JSON-RPC message is compact JSON without line breaks, so it
 * always fits one {@code data:} line.
 */
public final class Sse {
  /** A comment line: ignored by clients, it keeps idle connections alive through proxies. */
  static final byte[] KEEP_ALIVE = ascii(": keep-alive\n\n");

  private Sse() {}

  /**
   * An event.
   *
   * @param id the event id, or {@code null} for none
   * @param name the event type, or {@code null} for the default ({@code message})
   * @param data one line of data
   */
  public static byte[] event(String id, String name, byte[] data) {
    StringBuilder head = new StringBuilder();
    if (id != null) {
      head.append("id: ").append(id).append('\n');
    }
    if (name != null) {
      head.append("event: ").append(name).append('\n');
    }
    head.append("data: ");
    byte[] prefix = ascii(head.toString());
    byte[] event = new byte[prefix.length + data.length + 2];
    System.arraycopy(prefix, 0, event, 0, prefix.length);
    System.arraycopy(data, 0, event, prefix.length, data.length);
    event[event.length - 2] = '\n';
    event[event.length - 1] = '\n';
    return event;
  }

  /**
   * The 2025-11-25 priming event: an id and empty data, so a client that loses the connection
   * before any message can still resume with {@code Last-Event-ID}; and the reconnection delay.
   */
  static byte[] priming(String id, long retryMillis) {
    return ascii("id: " + id + "\nretry: " + retryMillis + "\ndata: \n\n");
  }

  /** Only the reconnection delay, for clients older than the priming event. */
  static byte[] retry(long retryMillis) {
    return ascii("retry: " + retryMillis + "\n\n");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
