package dev.mcpgen.samples.notes;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
 * The packaged notes jar in a JVM of its own, run with the given system properties: one command
 * to completion ({@link #run}), or {@code http --port 0} until closed ({@link #serve}).
 */
final class NotesHttpProcess implements AutoCloseable {
  private static final Pattern LISTENING =
      Pattern.compile("mcpgen: listening on (http://127\\.0\\.0\\.1:\\d+)/");

  private final Process process;
  private final String baseUrl;

  private NotesHttpProcess(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  private static ProcessBuilder java(List<String> properties, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(properties);
    command.addAll(List.of("-jar", System.getProperty("notes.jar")));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** Runs {@code args} to the end; returns its standard output. */
  static String run(List<String> properties, String... args) throws Exception {
    Process process = java(properties, args).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    return out;
  }

  /** {@code http --port 0}, once it listens. */
  static NotesHttpProcess serve(List<String> properties) throws Exception {
    Process process = java(properties, "http", "--port", "0").start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // The process is gone.
      }
    });
    reader.setDaemon(true);
    reader.start();
    while (true) {
      // A guard against hanging forever, not an expectation of speed.
      String line = lines.poll(60, TimeUnit.SECONDS);
      assertNotNull(line, "the server printed where it listens");
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        return new NotesHttpProcess(process, matcher.group(1));
      }
    }
  }

  String baseUrl() {
    return baseUrl;
  }

  /** Kills the process as a crash would (kill -9): no shutdown hook runs. */
  void kill() throws Exception {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops the process as SIGTERM would, and waits for it. */
  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
