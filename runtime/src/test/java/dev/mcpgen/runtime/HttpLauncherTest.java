package dev.mcpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.internal.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code Launcher http} in a real JVM: the URLs it prints, what it serves, how it stops. */
class HttpLauncherTest {
  private static final Pattern LISTENING =
      Pattern.compile("mcpgen: listening on (http://127\\.0\\.0\\.1:(\\d+)/)");

  @Test
  void httpServesEveryServerOnTheClassPathAndStopsOnSigterm() throws Exception {
    Process process = start("http", "--port", "0");
    try {
      BlockingQueue<String> stderr = drain(process);
      String base = awaitListening(stderr);
      JsonNode health = get(base + "health");
      assertEquals(List.of("fixture", "other"), names(health));
      assertEquals(0, health.get("failed").size());
      List<String> printed = new ArrayList<>();
      stderr.drainTo(printed);
      assertTrue(String.join("\n", printed).contains(base + "fixture/mcp"), printed.toString());

      process.destroy();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "stopped on SIGTERM");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void serverPicksOneToServe() throws Exception {
    Process process = start("http", "--port", "0", "--server", "other");
    try {
      String base = awaitListening(drain(process));
      assertEquals(List.of("other"), names(get(base + "health")));
    } finally {
      process.destroyForcibly();
    }
  }

  private static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private static BlockingQueue<String> drain(Process process) {
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
    return lines;
  }

  /** The base URL from the "listening on" line. */
  private static String awaitListening(BlockingQueue<String> stderr) throws InterruptedException {
    StringBuilder seen = new StringBuilder();
    while (true) {
      String line = stderr.poll(60, TimeUnit.SECONDS);
      assertNotNull(line, "a listening line; stderr so far:\n" + seen);
      seen.append(line).append('\n');
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return Json.MAPPER.readTree(response.body());
  }

  private static List<String> names(JsonNode health) {
    List<String> names = new ArrayList<>();
    health.get("servers").forEach(server -> names.add(server.get("name").stringValue()));
    return names;
  }
}
