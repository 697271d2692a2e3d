package dev.mcpgen.runtime.internal.server;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tool calls off the transport's reading thread: on virtual threads when the JVM has them,
 * else on a pool of daemon threads. At most {@code maxConcurrent} calls run or wait at once;
 * beyond that {@link #execute} blocks its caller, so a flood of calls pauses reading instead of
 * dropping a message or growing a queue without bound.
 */
public final class CallExecutor {
  private final Executor executor;
  private final Semaphore permits;
  private final int maxConcurrent;
  private final boolean virtual;

  private CallExecutor(Executor executor, int maxConcurrent, boolean virtual) {
    this.executor = executor;
    this.permits = new Semaphore(maxConcurrent);
    this.maxConcurrent = maxConcurrent;
    this.virtual = virtual;
  }

  /** An executor of at most {@code maxConcurrent} calls at once. */
  public static CallExecutor create(int maxConcurrent) {
    ThreadFactory virtualThreads = VirtualThreads.sameName("mcpgen-call");
    if (virtualThreads != null) {
      return new CallExecutor(task -> virtualThreads.newThread(task).start(), maxConcurrent, true);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    // Tool calls mostly wait on I/O, so more threads than cores pay off.
    int threads = Math.min(maxConcurrent, Math.max(8, 4 * cores));
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            daemonThreads());
    pool.allowCoreThreadTimeOut(true);
    return new CallExecutor(pool, maxConcurrent, false);
  }

  /** Runs {@code call} on another thread, first waiting while too many calls are under way. */
  public void execute(Runnable call) {
    permits.acquireUninterruptibly();
    try {
      executor.execute(() -> {
        try {
          call.run();
        } finally {
          permits.release();
        }
      });
    } catch (RuntimeException | Error e) {
      permits.release();
      throw e;
    }
  }

  /** Waits up to {@code timeout} for every call to finish; {@code false} if some still run. */
  public boolean awaitIdle(Duration timeout) {
    try {
      if (permits.tryAcquire(maxConcurrent, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        permits.release(maxConcurrent);
        return true;
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** How many calls run or wait to run now. */
  public int running() {
    return maxConcurrent - permits.availablePermits();
  }

  /** Whether calls run on virtual threads. */
  public boolean usesVirtualThreads() {
    return virtual;
  }

  /** Daemon threads, so a call that never returns cannot keep the JVM alive at exit. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "mcpgen-call-" + count.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }
}
