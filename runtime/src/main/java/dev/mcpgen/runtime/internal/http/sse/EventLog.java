package dev.mcpgen.runtime.internal.http.sse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The last events a session sent, on all its streams, for clients that resume a stream with
 * {@code Last-Event-ID}. Bounded: the oldest events go first, so a client away for too long
 * misses some.
 */
public final class EventLog {
  private record Event(int stream, long sequence, byte[] bytes) {}

  private final int capacity;
  /** Created on the first event: most sessions never send one, and they are many. */
  private ArrayDeque<Event> events;

  /** A log of the last {@code capacity} events. */
  public EventLog(int capacity) {
    this.capacity = capacity;
  }

  synchronized void add(int stream, long sequence, byte[] bytes) {
    if (events == null) {
      events = new ArrayDeque<>();
    }
    if (events.size() == capacity) {
      events.removeFirst();
    }
    events.addLast(new Event(stream, sequence, bytes));
  }

  /** The events of {@code stream} after {@code sequence}, oldest first. */
  public synchronized List<byte[]> after(int stream, long sequence) {
    List<byte[]> missed = new ArrayList<>();
    if (events == null) {
      return missed;
    }
    for (Event event : events) {
      if (event.stream() == stream && event.sequence() > sequence) {
        missed.add(event.bytes());
      }
    }
    return missed;
  }

  /** Drops every event: the session has ended. */
  public synchronized void clear() {
    events = null;
  }
}
