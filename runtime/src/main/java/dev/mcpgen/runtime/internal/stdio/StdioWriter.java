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
import java.util.function.IntSupplier;
import tools.jackson.databind.JsonNode;

/**
 * Writes messages to standard output, one per line. A sender that finds nothing queued and no
 * one writing writes its message itself: a lone answer then goes out without waking another
 * thread. It flushes too unless other calls are still running: their answers are due soon, so
 * the writer thread flushes instead, once it is woken, with what came meanwhile; a burst then
 * goes out in few writes (a flush per answer cost a write call per answer and woke the client
 * as often). Otherwise a sender only enqueues, and the writer thread writes what is queued,
 * flushing when it has nothing more. The reading thread always enqueues: it must never wait for
 * the client to read. Senders block while more than {@link #MAX_PENDING_BYTES} wait, which
 * pauses a client that does not read its answers.
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
  private final Thread reader;
  private final IntSupplier runningCalls;
  private long pendingBytes;
  /** Someone, a sender or the writer thread, owns {@link #out}: it alone may write to it. */
  private boolean writing;
  /** A sender left what it wrote unflushed: the writer thread flushes it. */
  private boolean unflushed;
  private boolean closed;
  private boolean broken;

  private StdioWriter(OutputStream out, Thread reader, IntSupplier runningCalls) {
    this.out = new BufferedOutputStream(out, 64 * 1024);
    this.reader = reader;
    this.runningCalls = runningCalls;
    this.thread = new Thread(this::run, "mcpgen-stdout");
    // A client that stops reading must not keep the process alive at exit.
    thread.setDaemon(true);
  }

  /**
   * A writer to {@code out}, its thread started; {@code reader} never writes itself, and
   * {@code runningCalls} tells how many calls are under way, a sender's own included.
   */
  static StdioWriter start(OutputStream out, Thread reader, IntSupplier runningCalls) {
    StdioWriter writer = new StdioWriter(out, reader, runningCalls);
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
      if (broken) {
        return;
      }
      if (writing || !queue.isEmpty() || closed || Thread.currentThread() == reader) {
        queue.add(bytes);
        pendingBytes += bytes.length;
        queued.signal();
        return;
      }
      writing = true;
    } finally {
      lock.unlock();
    }
    writeAlone(bytes);
  }

  /** Writes while owning {@link #out}; what was queued meanwhile is the writer thread's. */
  private void writeAlone(byte[] message) {
    boolean flushed = false;
    try {
      out.write(message);
      out.write('\n');
      if (runningCalls.getAsInt() <= 1) {
        out.flush();
        flushed = true;
      }
    } catch (IOException e) {
      breakDown(e);
    } finally {
      release(!flushed);
    }
  }

  private void release(boolean leftUnflushed) {
    lock.lock();
    try {
      writing = false;
      unflushed |= leftUnflushed;
      // Only when there is work: waking the writer thread for nothing is what this class avoids.
      if (!queue.isEmpty() || unflushed || closed) {
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
        release(false);
      }
      out.flush();
    } catch (IOException e) {
      breakDown(e);
    }
  }

  /**
   * Takes {@link #out} and moves everything queued into {@code batch}; {@code false} once closed
   * and drained. Taking it for a flush alone leaves {@code batch} empty.
   */
  private boolean take(List<byte[]> batch) {
    lock.lock();
    try {
      while (writing || (queue.isEmpty() && !unflushed && !closed)) {
        queued.awaitUninterruptibly();
      }
      writing = true;
      boolean flush = unflushed;
      unflushed = false;
      batch.addAll(queue);
      queue.clear();
      pendingBytes = 0;
      drained.signalAll();
      return flush || !batch.isEmpty();
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
