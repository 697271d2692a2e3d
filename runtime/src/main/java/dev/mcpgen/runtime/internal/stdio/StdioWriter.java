package dev.mcpgen.runtime.internal.stdio;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.databind.JsonNode;

/**
 * Writes messages to standard output, one per line, from its own thread: senders only encode
 * and enqueue, so the reading thread never waits for the client to read. The writer flushes when
 * it has nothing more queued, so a burst goes out in few writes. Senders block while more than
 * {@link #MAX_PENDING_BYTES} wait, which pauses a client that does not read its answers.
 */
final class StdioWriter implements MessageSink {
  static final long MAX_PENDING_BYTES = 64L * 1024 * 1024;
  private static final System.Logger LOG = System.getLogger(StdioWriter.class.getName());

  private final OutputStream out;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition queued = lock.newCondition();
  private final Condition drained = lock.newCondition();
  private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
  private final Thread thread;
  private long pendingBytes;
  private boolean closed;
  private boolean broken;

  private StdioWriter(OutputStream out) {
    this.out = new BufferedOutputStream(out, 64 * 1024);
    this.thread = new Thread(this::run, "mcpgen-stdout");
    // A client that stops reading must not keep the process alive at exit.
    thread.setDaemon(true);
  }

  /** A writer to {@code out}, its thread started. */
  static StdioWriter start(OutputStream out) {
    StdioWriter writer = new StdioWriter(out);
    writer.thread.start();
    return writer;
  }

  @Override
  public void send(JsonNode message) {
    byte[] bytes = JsonRpcCodec.encode(message);
    lock.lock();
    try {
      while (pendingBytes >= MAX_PENDING_BYTES && !broken) {
        drained.awaitUninterruptibly();
      }
      if (!broken) {
        queue.add(bytes);
        pendingBytes += bytes.length;
        queued.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Writes what is queued, then stops; waits at most {@code timeout} for a slow reader. */
  void close(Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      closed = true;
      queued.signal();
    } finally {
      lock.unlock();
    }
    thread.join(Math.max(1, timeout.toMillis()));
  }

  private void run() {
    List<byte[]> batch = new ArrayList<>();
    try {
      while (take(batch)) {
        for (byte[] message : batch) {
          out.write(message);
          out.write('\n');
        }
        batch.clear();
        if (isIdle()) {
          out.flush();
        }
      }
      out.flush();
    } catch (IOException e) {
      breakDown(e);
    }
  }

  /** Moves everything queued into {@code batch}; {@code false} once closed and drained. */
  private boolean take(List<byte[]> batch) {
    lock.lock();
    try {
      while (queue.isEmpty() && !closed) {
        queued.awaitUninterruptibly();
      }
      batch.addAll(queue);
      queue.clear();
      pendingBytes = 0;
      drained.signalAll();
      return !batch.isEmpty();
    } finally {
      lock.unlock();
    }
  }

  private boolean isIdle() {
    lock.lock();
    try {
      return queue.isEmpty();
    } finally {
      lock.unlock();
    }
  }

  /** The client closed its end: later messages have nowhere to go and are dropped. */
  private void breakDown(IOException e) {
    LOG.log(Level.WARNING, "Standard output is closed ({0}); dropping further messages",
        e.getMessage());
    lock.lock();
    try {
      broken = true;
      queue.clear();
      drained.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
