package dev.mcpgen.runtime.internal.http.sse;

import dev.mcpgen.runtime.internal.http.Exchange;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes events to one open SSE response. Senders only enqueue: the writing happens on the I/O
 * executor, so a tool call never waits for a client. At most {@code maxQueued} events wait; a
 * client reading slower than that has its connection closed (it may resume the stream) rather
 * than growing memory. A failed write means the client has gone: the writer closes and says so.
 */
public final class SseWriter {
  private static final System.Logger LOG = System.getLogger(SseWriter.class.getName());

  private final Exchange exchange;
  private final OutputStream out;
  private final Executor io;
  private final int maxQueued;
  private final AtomicInteger openStreams;
  private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
  private Runnable onClosed = () -> {};
  private boolean draining;
  private boolean finishing;
  private boolean closed;

  private SseWriter(Exchange exchange, OutputStream out, Executor io, int maxQueued,
      AtomicInteger openStreams) {
    this.exchange = exchange;
    this.out = out;
    this.io = io;
    this.maxQueued = maxQueued;
    this.openStreams = openStreams;
  }

  /**
   * Answers {@code exchange} with 200 and an event stream.
   *
   * @param headers headers besides the content type, e.g. the session id
   * @param openStreams counts the host's open streams: one more until this one closes
   * @throws IOException when the client has gone already
   */
  public static SseWriter open(Exchange exchange, Map<String, String> headers, Executor io,
      int maxQueued, AtomicInteger openStreams) throws IOException {
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("Content-Type", "text/event-stream");
    all.put("Cache-Control", "no-cache");
    // Tells nginx-style proxies not to buffer the stream.
    all.put("X-Accel-Buffering", "no");
    OutputStream out = exchange.startStream(200, all);
    openStreams.incrementAndGet();
    SseWriter writer = new SseWriter(exchange, out, io, maxQueued, openStreams);
    exchange.onClientGone(writer::close);
    return writer;
  }

  /** Runs {@code listener} (on the I/O executor) once the writer has closed, for any reason. */
  public void onClosed(Runnable listener) {
    synchronized (this) {
      this.onClosed = listener;
      if (!closed) {
        return;
      }
    }
    io.execute(listener);
  }

  /**
   * Queues {@code event}; {@code false} when the writer is closed, or closes now because the
   * client is too far behind.
   */
  public boolean offer(byte[] event) {
    synchronized (this) {
      if (closed || finishing) {
        return false;
      }
      if (queue.size() < maxQueued) {
        queue.add(event);
        startDraining();
        return true;
      }
    }
    LOG.log(Level.WARNING, "An SSE client fell {0} events behind; closing its connection",
        maxQueued);
    close();
    return false;
  }

  /** Queues a comment line if nothing else is waiting: idle streams stay alive, or fail. */
  public synchronized void keepAlive() {
    if (!closed && !finishing && queue.isEmpty()) {
      queue.add(Sse.KEEP_ALIVE);
      startDraining();
    }
  }

  /** Ends the response once the queued events are written. */
  public void finish() {
    synchronized (this) {
      if (closed || finishing) {
        return;
      }
      finishing = true;
      if (draining) {
        return;
      }
    }
    close();
  }

  /** Drops what is queued and ends the response now. Idempotent. */
  public void close() {
    boolean endHere;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      queue.clear();
      // A drain under way ends the exchange itself once its write returns; never two threads
      // on one stream.
      endHere = !draining;
    }
    openStreams.decrementAndGet();
    Runnable listener;
    synchronized (this) {
      listener = onClosed;
    }
    io.execute(() -> {
      if (endHere) {
        exchange.end();
      }
      listener.run();
    });
  }

  /** Whether events can still be written. */
  public synchronized boolean isOpen() {
    return !closed && !finishing;
  }

  private void startDraining() {
    if (!draining) {
      draining = true;
      io.execute(this::drain);
    }
  }

  private void drain() {
    List<byte[]> batch = new ArrayList<>();
    while (true) {
      boolean closedMeanwhile = false;
      synchronized (this) {
        if (closed) {
          draining = false;
          closedMeanwhile = true;
        } else if (queue.isEmpty()) {
          draining = false;
          if (!finishing) {
            return;
          }
        } else {
          batch.addAll(queue);
          queue.clear();
        }
      }
      if (closedMeanwhile) {
        // close() left the exchange to this thread, which was writing to it.
        exchange.end();
        return;
      }
      if (batch.isEmpty()) {
        close();
        return;
      }
      if (!write(batch)) {
        // The client has gone. This thread was writing, so it ends the exchange itself.
        close();
        exchange.end();
        return;
      }
      batch.clear();
    }
  }

  private boolean write(List<byte[]> batch) {
    try {
      for (byte[] event : batch) {
        out.write(event);
      }
      out.flush();
      return true;
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "An SSE client has gone: {0}", e.getMessage());
      return false;
    }
  }
}
