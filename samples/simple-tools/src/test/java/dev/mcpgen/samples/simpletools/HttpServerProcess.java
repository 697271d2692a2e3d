package dev.mcpgen.samples.simpletools;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server started with {@code http --port 0} in a JVM of its own; the port it got is
 * read from the line it prints on standard error.
 */
final class HttpServerProcess implements AutoCloseable {
  private static final Pattern LISTENING =
      Pattern.compile("mcpgen: listening on (http://127\\.0\\.0\\.1:\\d+)/");

  private final Process process;
  private final String baseUrl;
  private final StringBuffer stderr;

  private HttpServerProcess(Process process, String baseUrl, StringBuffer stderr) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.stderr = stderr;
  }

  /** {@code java -jar simple-tools.jar http --port 0}. */
  static HttpServerProcess jar() {
    return start(List.of("-jar", System.getProperty("simpleTools.jar")));
  }

  /** The launcher on {@code classPath}, whatever servers it registers. */
  static HttpServerProcess classPath(String classPath) {
    return start(List.of("-cp", classPath, "dev.mcpgen.runtime.Launcher"));
  }

  private static HttpServerProcess start(List<String> launch) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launch);
    command.addAll(List.of("http", "--port", "0"));
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuffer stderr = new StringBuffer();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          stderr.append(line).append('\n');
          lines.add(line);
        }
      } catch (IOException e) {
        // The process is gone.
      }
    });
    reader.setDaemon(true);
    reader.start();
    return new HttpServerProcess(process, awaitListening(lines, stderr), stderr);
  }

  private static String awaitListening(BlockingQueue<String> lines, StringBuffer stderr) {
    try {
      while (true) {
        // A guard against hanging forever, not an expectation of speed.
        String line = lines.poll(60, TimeUnit.SECONDS);
        assertNotNull(line, "the server printed where it listens; stderr:\n" + stderr);
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Where it listens, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
  String baseUrl() {
    return baseUrl;
  }

  String stderr() {
    return stderr.toString();
  }

  /** Stops it as an operator would: SIGTERM, then a graceful shutdown. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
