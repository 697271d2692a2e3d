package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.server.VirtualThreads;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads HTTP work runs on: virtual on Java 21+, else a bounded pool of daemons. */
public final class HttpThreads {
  private HttpThreads() {}

  /**
   * An executor whose threads are named {@code prefix0, prefix1...}: one virtual thread a task
   * when the JVM has them, else at most {@code maxThreads} platform threads, extra tasks queued.
   */
  public static ExecutorService executor(String prefix, int maxThreads) {
    ThreadFactory virtual = VirtualThreads.factory(prefix);
    if (virtual != null) {
      // Compiled for Java 17, so no newThreadPerTaskExecutor: a pool that never queues and
      // keeps no thread idle for long comes to the same.
      return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.SECONDS,
          new SynchronousQueue<>(), virtual);
    }
    ThreadPoolExecutor pool = new ThreadPoolExecutor(maxThreads, maxThreads, 30,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons(prefix));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * Runs tasks on {@code executor}, or on the caller once it has shut down: the last events and
   * answers of a closing host still get written.
   */
  static Executor orInline(ExecutorService executor) {
    return task -> {
      try {
        executor.execute(task);
      } catch (RejectedExecutionException e) {
        task.run();
      }
    };
  }

  /** Daemon threads, so nothing the host runs keeps the JVM alive. */
  public static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }
}
