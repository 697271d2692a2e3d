package dev.mcpgen.samples.conformance;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged server spawned as a real process and spoken to in raw JSON-RPC lines, for the
 * requests no official Java client sends (cancellation, tasks). Messages that are not awaited
 * stay queued in arrival order.
 */
final class JsonLinesProcess implements AutoCloseable {
  /** A guard against hanging forever, not an expectation of speed. */
  private static final long PATIENCE_SECONDS = 20;
  private static final JsonMapper JSON = new JsonMapper();

  private final Process process;
  private final OutputStream stdin;
  private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
  private final List<JsonNode> unclaimed = new ArrayList<>();
  private int nextId = 1;
  private JsonNode initializeResult;

  private JsonLinesProcess(Process process) {
    this.process = process;
    this.stdin = process.getOutputStream();
    Thread reader = new Thread(this::readLines, "stdout reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the jar and completes the handshake with {@code capabilities} (a JSON object). */
  static JsonLinesProcess initialized(String capabilities) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try {
      JsonLinesProcess server = new JsonLinesProcess(new ProcessBuilder(
          java, "-jar", System.getProperty("conformance.jar"))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start());
      server.initializeResult = server.request("initialize", "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":"
          + capabilities + ",\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}")
          .get("result");
      server.notify("notifications/initialized", "{}");
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result of the {@code initialize} request. */
  JsonNode initializeResult() {
    return initializeResult;
  }

  /** Sends a request and returns its id, without waiting for the answer. */
  int send(String method, String params) {
    int id = nextId++;
    write("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":"
        + params + "}");
    return id;
  }

  /** Sends a request and waits for its answer (the whole response message). */
  JsonNode request(String method, String params) {
    return answer(send(method, params));
  }

  /** Waits for the answer to request {@code id}. */
  JsonNode answer(int id) {
    return await(message -> message.path("id").asInt(-1) == id && !message.has("method"));
  }

  void notify(String method, String params) {
    write("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
  }

  /** Waits for a notification of {@code method} satisfying {@code test}. */
  JsonNode notification(String method, Predicate<JsonNode> test) {
    return await(message -> method.equals(message.path("method").asString(null))
        && !message.has("id") && test.test(message.path("params")));
  }

  /** Every message received so far that no wait has claimed, in arrival order. */
  List<JsonNode> unclaimed() {
    incoming.drainTo(unclaimed);
    return List.copyOf(unclaimed);
  }

  private JsonNode await(Predicate<JsonNode> wanted) {
    for (int i = 0; i < unclaimed.size(); i++) {
      if (wanted.test(unclaimed.get(i))) {
        return unclaimed.remove(i);
      }
    }
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
      while (true) {
        JsonNode message =
            incoming.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        assertNotNull(message, "no such message arrived; unclaimed: " + unclaimed);
        if (wanted.test(message)) {
          return message;
        }
        unclaimed.add(message);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void write(String line) {
    try {
      stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readLines() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        incoming.add(JSON.readTree(line));
      }
    } catch (IOException e) {
      // The process is gone; what it wrote has been read.
    }
  }

  @Override
  public void close() throws InterruptedException {
    try {
      stdin.close();
    } catch (IOException e) {
      // Already closed by the process ending.
    }
    if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
