package dev.mcpgen.runtime.internal.http.sse;

/**
 * One SSE stream of a session, as the client sees it: a sequence of events that outlives any one
 * connection. A connection ({@link SseWriter}) attaches to it, may drop, and a new one resumes
 * after the last event the client saw. Events sent while no connection is attached wait in the
 * session's {@link EventLog}.
 *
 * <p>Event ids are {@code <stream>-<sequence>}: unique in the session, and they name the stream
 * a resuming client means.
 */
public final class SseStream {
  /**
   * How a stream's events look.
   *
   * @param ids whether events carry ids (and are logged for resumption)
   * @param eventName the event type, or {@code null} for the default, {@code message}
   * @param retryMillis the reconnection delay advised at the start of a connection, or -1
   */
  public record Format(boolean ids, String eventName, long retryMillis) {}

  private final int id;
  private final Format format;
  private final EventLog log;
  private long sequence;
  private SseWriter writer;
  private boolean ended;
  private Runnable onDetached = () -> {};

  /** Stream {@code id} of a session whose events are kept in {@code log}. */
  public SseStream(int id, Format format, EventLog log) {
    this.id = id;
    this.format = format;
    this.log = log;
  }

  /** The stream's number in its session. */
  public int id() {
    return id;
  }

  /** Runs {@code listener} whenever the attached connection closes without the stream ending. */
  public synchronized void onDetached(Runnable listener) {
    this.onDetached = listener;
  }

  /**
   * Attaches {@code connection}, replacing any other, and writes it the events after
   * {@code afterSequence}: 0 for all, -1 for none sent so far. A stream that has ended finishes
   * the connection once they are written.
   *
   * @param prime whether to start with the 2025-11-25 priming event (older clients might try to
   *     read its empty data as a message)
   */
  public synchronized void attach(SseWriter connection, long afterSequence, boolean prime) {
    if (writer != null) {
      writer.close();
    }
    if (prime) {
      connection.offer(Sse.priming(id + "-" + sequence, format.retryMillis()));
    } else if (format.retryMillis() >= 0) {
      connection.offer(Sse.retry(format.retryMillis()));
    }
    for (byte[] event : log.after(id, afterSequence < 0 ? sequence : afterSequence)) {
      connection.offer(event);
    }
    if (ended) {
      connection.finish();
      return;
    }
    writer = connection;
    connection.onClosed(() -> detached(connection));
  }

  /**
   * Sends one message (compact JSON); {@code last} ends the stream after it (the answer to the
   * request that opened it).
   */
  public synchronized void send(byte[] json, boolean last) {
    if (ended) {
      return;
    }
    long next = ++sequence;
    byte[] event = Sse.event(format.ids() ? id + "-" + next : null, format.eventName(), json);
    if (format.ids()) {
      log.add(id, next, event);
    }
    if (writer != null) {
      // A writer that refuses has closed: detached() hears of it.
      writer.offer(event);
    }
    if (last) {
      end();
    }
  }

  /** Ends the stream: the attached connection finishes once its events are written. */
  public synchronized void end() {
    ended = true;
    if (writer != null) {
      writer.finish();
      writer = null;
    }
  }

  /** Whether a connection is attached. */
  /**
   * Finishes the connection attached now, leaving the stream open: what is sent next waits in
   * the log until a client resumes it.
   */
  public synchronized void disconnect() {
    if (writer != null) {
      SseWriter leaving = writer;
      writer = null;
      leaving.finish();
    }
  }

  public synchronized boolean isAttached() {
    return writer != null && writer.isOpen();
  }

  /** Whether the stream has ended. */
  public synchronized boolean isEnded() {
    return ended;
  }

  /** Sends a keep-alive comment on the attached connection, if any. */
  public void keepAlive() {
    SseWriter current;
    synchronized (this) {
      current = writer;
    }
    if (current != null) {
      current.keepAlive();
    }
  }

  private void detached(SseWriter connection) {
    Runnable listener;
    synchronized (this) {
      if (writer != connection) {
        return;
      }
      writer = null;
      listener = ended ? null : onDetached;
    }
    if (listener != null) {
      listener.run();
    }
  }
}
