package dev.mcpgen.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads server-sent events from a response on a thread of its own. */
final class SseReader implements AutoCloseable {
  /**
   * One event, or a comment, or the end of the stream.
   *
   * @param id the event id, or {@code null}
   * @param name the event type, or {@code null}
   * @param data the data, or {@code null} when the block had no data line
   * @param retry the retry field, or {@code null}
   * @param comment a comment line's text, or {@code null}
   */
  record Event(String id, String name, String data, String retry, String comment) {
    static final Event END = new Event(null, null, null, null, "end of stream");

    boolean isComment() {
      return comment != null && this != END;
    }
  }

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Thread thread;

  SseReader(HttpResponse<InputStream> response) {
    this.response = response;
    this.thread = new Thread(this::read, "sse-reader");
    thread.setDaemon(true);
    thread.start();
  }

  HttpResponse<InputStream> response() {
    return response;
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String id = null;
      String name = null;
      String data = null;
      String retry = null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          if (id != null || name != null || data != null || retry != null) {
            events.add(new Event(id, name, data, retry, null));
          }
          id = name = data = retry = null;
        } else if (line.startsWith(":")) {
          events.add(new Event(null, null, null, null, line.substring(1).trim()));
        } else {
          int colon = line.indexOf(':');
          String field = colon < 0 ? line : line.substring(0, colon);
          String value = colon < 0 ? "" : line.substring(colon + 1);
          value = value.startsWith(" ") ? value.substring(1) : value;
          switch (field) {
            case "id" -> id = value;
            case "event" -> name = value;
            case "data" -> data = data == null ? value : data + "\n" + value;
            case "retry" -> retry = value;
            default -> { }
          }
        }
      }
    } catch (IOException e) {
      // Closed by the test, or by the server: either way the stream is over.
    }
    events.add(Event.END);
  }

  /** The next event or comment, or {@link Event#END}. */
  Event nextAny() {
    return nextAny(System.nanoTime() + TestHost.PATIENCE.toNanos());
  }

  /**
   * The next event, skipping comments; {@link Event#END} at the end. Keep-alive comments do not
   * extend the wait, so a lost event fails the test instead of hanging it.
   */
  Event next() {
    long deadline = System.nanoTime() + TestHost.PATIENCE.toNanos();
    Event event = nextAny(deadline);
    while (event.isComment()) {
      event = nextAny(deadline);
    }
    return event;
  }

  private Event nextAny(long deadline) {
    try {
      Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      assertNotNull(event, "an event arrived");
      return event;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Waits for the stream to end, skipping whatever comes before. */
  void awaitEnd() {
    while (next() != Event.END) {
      // Skips.
    }
  }

  /** Drops the connection, as a client that goes away does. */
  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException e) {
      // Gone already.
    }
  }
}
