package dev.mcpgen.benchmarks.harness;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A peer process spoken to over stdio: one thread reads its answers (ids only, scanned without a
 * JSON parser so the client is never the bottleneck), the caller writes requests.
 */
final class StdioClient implements AutoCloseable {
  static final String PROTOCOL_VERSION = "2025-06-18";
  private static final byte[] CALL_PREFIX = ascii("{\"jsonrpc\":\"2.0\",\"id\":");
  private static final byte[] CALL_SUFFIX = ascii(",\"method\":\"tools/call\",\"params\":"
      + "{\"name\":\"echo\",\"arguments\":{\"message\":\"hello\"}}}\n");
  private static final byte[] ID_KEY = ascii("\"id\":");
  private static final byte[] METHOD_KEY = ascii("\"method\"");
  private static final byte[] ERROR_KEY = ascii("\"error\":");
  private static final byte[] TOOL_ERROR = ascii("\"isError\":true");
  private static final long SPIN_NANOS = 1_000_000;

  final Process process;
  private final OutputStream stdin;
  private final Thread reader;
  private final BitSet answered = new BitSet();
  private volatile long answers;
  private volatile long lastId = -1;
  private volatile long lastAnswerNanos;
  private volatile long errors;
  private volatile String lastLine = "";
  private volatile Thread waiter;
  private volatile boolean keepLines;
  private long nextId = 1;

  private StdioClient(Process process) {
    this.process = process;
    this.stdin = new BufferedOutputStream(process.getOutputStream(), 64 * 1024);
    this.reader = new Thread(this::read, "stdio-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static StdioClient start(List<String> command, File log) throws IOException {
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(log))
        .start();
    return new StdioClient(process);
  }

  /** Sends initialize and waits for it; then the initialized notification. Returns the answer. */
  String initialize(long timeoutMillis) throws IOException {
    String answer = request("initialize", "{\"protocolVersion\":\"" + PROTOCOL_VERSION
        + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}",
        timeoutMillis);
    write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
    return answer;
  }

  /** Sends one request and waits for its answer line; {@code null} on timeout. */
  String request(String method, String params, long timeoutMillis) throws IOException {
    long id = nextId++;
    keepLines = true;
    write("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
        + (params == null ? "" : ",\"params\":" + params) + "}\n");
    boolean ok = await(id, timeoutMillis);
    keepLines = false;
    return ok ? lastLine : null;
  }

  /** One echo call, waited for: the round trip in nanoseconds, or -1 on timeout. */
  long roundTrip(long timeoutMillis) throws IOException {
    long id = nextId++;
    long start = System.nanoTime();
    writeCall(id);
    stdin.flush();
    return await(id, timeoutMillis) ? System.nanoTime() - start : -1;
  }

  /**
   * Writes {@code count} echo calls from another thread while this one counts answers; stops
   * waiting when no answer came for {@code stallMillis}.
   */
  Burst burst(int count, long stallMillis) throws InterruptedException {
    long first = nextId;
    nextId += count;
    long before = answers;
    long errorsBefore = errors;
    long start = System.nanoTime();
    Thread writer = new Thread(() -> {
      try {
        for (long id = first; id < first + count; id++) {
          writeCall(id);
        }
        stdin.flush();
      } catch (IOException e) {
        // The peer died or closed stdin; the answers counted tell the rest.
      }
    }, "stdio-writer");
    writer.setDaemon(true);
    writer.start();
    long lastProgress = System.nanoTime();
    long seen = before;
    while (answers - before < count) {
      Thread.sleep(2);
      long now = answers;
      if (now != seen) {
        seen = now;
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > TimeUnit.MILLISECONDS.toNanos(stallMillis)
          || !process.isAlive()) {
        break;
      }
    }
    long got = answers - before;
    long end = got == count ? lastAnswerNanos : System.nanoTime();
    int distinct;
    synchronized (answered) {
      distinct = answered.get((int) first, (int) (first + count)).cardinality();
    }
    return new Burst(count, got, distinct, errors - errorsBefore, end - start);
  }

  /** What a burst of pipelined calls achieved. */
  record Burst(int sent, long answered, int distinct, long errors, long nanos) {
    double callsPerSecond() {
      return answered * 1e9 / nanos;
    }

    boolean complete() {
      return answered == sent && distinct == sent && errors == 0;
    }
  }

  /**
   * Waits for the answer to {@code id}: yielding for the first millisecond, so that a round trip
   * does not also time this thread's own wake-up by the reading thread (on this 2-core VM a
   * wake-up of a parked thread costs tens of microseconds, which put the canned peer's round trip
   * at 75-90 us against 12 us measured by a client that reads on its own thread), then parked.
   * Yielding, not spinning: a spinning waiter held a core the peer's threads needed, and every
   * peer's p99 became the spin's length.
   */
  private boolean await(long id, long timeoutMillis) {
    long spinUntil = System.nanoTime() + SPIN_NANOS;
    while (lastId != id && System.nanoTime() < spinUntil) {
      Thread.yield();
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    waiter = Thread.currentThread();
    try {
      while (lastId != id) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !process.isAlive()) {
          return lastId == id;
        }
        LockSupport.parkNanos(this, Math.min(left, 50_000_000L));
      }
      return true;
    } finally {
      waiter = null;
    }
  }

  private void writeCall(long id) throws IOException {
    stdin.write(CALL_PREFIX);
    stdin.write(ascii(Long.toString(id)));
    stdin.write(CALL_SUFFIX);
  }

  private void write(String message) throws IOException {
    stdin.write(message.getBytes(StandardCharsets.UTF_8));
    stdin.flush();
  }

  /**
   * Reads the peer's output in chunks and scans them for line breaks: a byte-at-a-time read
   * through a {@code BufferedInputStream} takes its lock per byte, which capped the fastest peers
   * at what this thread could read.
   */
  private void read() {
    try (InputStream in = process.getInputStream()) {
      byte[] chunk = new byte[64 * 1024];
      byte[] line = new byte[8192];
      int length = 0;
      int read;
      while ((read = in.read(chunk)) >= 0) {
        int start = 0;
        for (int i = 0; i < read; i++) {
          if (chunk[i] != '\n') {
            continue;
          }
          if (length == 0) {
            onLine(chunk, start, i - start);
          } else {
            line = append(line, length, chunk, start, i - start);
            onLine(line, 0, length + i - start);
            length = 0;
          }
          start = i + 1;
        }
        line = append(line, length, chunk, start, read - start);
        length += read - start;
      }
    } catch (IOException e) {
      // The process ended.
    }
  }

  private static byte[] append(byte[] line, int length, byte[] chunk, int from, int count) {
    byte[] target = length + count <= line.length ? line
        : Arrays.copyOf(line, Math.max(2 * line.length, length + count));
    System.arraycopy(chunk, from, target, length, count);
    return target;
  }

  private void onLine(byte[] bytes, int offset, int length) {
    long id = id(bytes, offset, length);
    if (id < 0) {
      return; // a notification or a request of the server's own
    }
    if (indexOf(bytes, offset, length, ERROR_KEY) >= 0
        || indexOf(bytes, offset, length, TOOL_ERROR) >= 0) {
      errors++;
    }
    if (keepLines) {
      lastLine = new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
    if (id < Integer.MAX_VALUE) {
      synchronized (answered) {
        answered.set((int) id);
      }
    }
    lastAnswerNanos = System.nanoTime();
    answers++;
    lastId = id;
    Thread w = waiter;
    if (w != null) {
      LockSupport.unpark(w);
    }
  }

  /** The numeric id of an answer, or -1 when the line is not one. */
  private static long id(byte[] bytes, int offset, int length) {
    if (indexOf(bytes, offset, length, METHOD_KEY) >= 0) {
      return -1;
    }
    int at = indexOf(bytes, offset, length, ID_KEY);
    if (at < 0) {
      return -1;
    }
    int end = offset + length;
    int i = at + ID_KEY.length;
    while (i < end && bytes[i] == ' ') {
      i++;
    }
    long id = 0;
    boolean digits = false;
    while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
      id = id * 10 + (bytes[i++] - '0');
      digits = true;
    }
    return digits ? id : -1;
  }

  /** Where {@code needle} starts in {@code bytes[offset, offset + length)}, or -1. */
  private static int indexOf(byte[] bytes, int offset, int length, byte[] needle) {
    int last = offset + length - needle.length;
    outer:
    for (int i = offset; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  long pid() {
    return process.pid();
  }

  /** Closes stdin, gives the peer {@code graceMillis} to exit, then kills it. */
  void close(long graceMillis) {
    // On its own thread: a writer blocked on a peer that stopped reading holds the stream's lock,
    // and only killing the peer (breaking the pipe) releases it.
    Thread closer = new Thread(() -> {
      try {
        stdin.close();
      } catch (IOException e) {
        // already gone
      }
    }, "stdin-closer");
    closer.setDaemon(true);
    closer.start();
    try {
      if (!process.waitFor(graceMillis, TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(2000);
  }
}
