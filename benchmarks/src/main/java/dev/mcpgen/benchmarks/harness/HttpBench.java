package dev.mcpgen.benchmarks.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streamable HTTP figures of one running peer: sessions opened with {@link HttpClient}, load
 * from {@code wrk} (C, one event loop per thread: not the bottleneck) posting {@code tools/call}
 * with the session header.
 */
final class HttpBench {
  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\","
      + "\"params\":{\"protocolVersion\":\"" + StdioClient.PROTOCOL_VERSION + "\","
      + "\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";
  private static final String INITIALIZED =
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final URI uri;

  HttpBench(int port) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/bench/mcp");
  }

  static boolean waitForPort(int port, Process process, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline && process.isAlive()) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return true;
      } catch (IOException e) {
        Thread.sleep(20);
      }
    }
    return false;
  }

  /** Opens an initialized session; returns its id ("" when the peer issues none). */
  String openSession() throws IOException, InterruptedException {
    HttpResponse<String> init = post(INITIALIZE, null);
    if (init.statusCode() != 200) {
      throw new IOException("initialize answered " + init.statusCode() + ": " + init.body());
    }
    String session = init.headers().firstValue("mcp-session-id").orElse("");
    HttpResponse<String> ack = post(INITIALIZED, session);
    if (ack.statusCode() / 100 != 2) {
      throw new IOException("notifications/initialized answered " + ack.statusCode());
    }
    return session;
  }

  /** One echo call on {@code session}; the body, to check it holds the echoed text. */
  String call(String session) throws IOException, InterruptedException {
    HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
        + "\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"hello\"}}}", session);
    return response.statusCode() + " " + response.body();
  }

  private HttpResponse<String> post(String body, String session)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null && !session.isEmpty()) {
      request.header("Mcp-Session-Id", session);
      request.header("MCP-Protocol-Version", StdioClient.PROTOCOL_VERSION);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What one wrk run measured. */
  record Load(int connections, double callsPerSecond, double p50Millis, double p99Millis,
      long requests, long failures) {}

  /** Runs wrk for {@code seconds} with {@code connections} keep-alive connections. */
  Load wrk(List<String> sessions, int connections, int seconds, Path scratch)
      throws IOException, InterruptedException {
    Path script = scratch.resolve("wrk-call.lua");
    Files.writeString(script, lua(sessions));
    List<String> command = new ArrayList<>(List.of("wrk", "-t", Integer.toString(Math.min(2,
        connections)), "-c", Integer.toString(connections), "-d", seconds + "s", "--latency",
        "--timeout", "10s", "-s", script.toString(), uri.toString()));
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    Files.writeString(scratch.resolve("wrk-c" + connections + ".txt"), out);
    return new Load(connections, number(out, "Requests/sec:\\s+([0-9.]+)"),
        millis(out, "50%"), millis(out, "99%"),
        (long) number(out, "(\\d+) requests in"),
        (long) (number(out, "Non-2xx or 3xx responses:\\s+(\\d+)")
            + socketErrors(out)));
  }

  /**
   * A wrk script posting {@code tools/call echo} with ids unique per thread, spreading the
   * requests round-robin over {@code sessions} (as many clients as connections would have).
   */
  /** The classes whose live bytes grew most between two histograms, per {@code divisor}. */
  static String growth(Path before, Path after, int divisor, int top) throws IOException {
    java.util.Map<String, Long> sizes = new java.util.HashMap<>();
    Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    for (String line : Files.readAllLines(after)) {
      Matcher m = row.matcher(line);
      if (m.find()) {
        sizes.merge(m.group(3), Long.parseLong(m.group(2)), Long::sum);
      }
    }
    for (String line : Files.readAllLines(before)) {
      Matcher m = row.matcher(line);
      if (m.find()) {
        sizes.merge(m.group(3), -Long.parseLong(m.group(2)), Long::sum);
      }
    }
    StringBuilder s = new StringBuilder();
    sizes.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top).forEach(e -> s.append(String.format(java.util.Locale.ROOT, "%s %.0f B; ",
            e.getKey(), e.getValue() / (double) divisor)));
    return s.toString();
  }

  private static String lua(List<String> sessions) {
    StringBuilder lua = new StringBuilder()
        .append("-- Generated by the harness.\n")
        .append("local threads = 0\n")
        .append("function setup(thread) threads = threads + 1; thread:set(\"tid\", threads) end\n")
        .append("local sessions = {");
    for (String session : sessions) {
      lua.append('"').append(session).append("\",");
    }
    lua.append("}\n")
        .append("local counter = 0\n")
        .append("wrk.method = \"POST\"\n")
        // wrk.format replaces wrk.headers with the table it is given: one whole set per session.
        .append("local headerSets = {}\n")
        .append("for i, session in ipairs(sessions) do\n")
        .append("  headerSets[i] = { [\"Content-Type\"] = \"application/json\",\n")
        .append("    [\"Accept\"] = \"application/json, text/event-stream\",\n")
        .append("    [\"MCP-Protocol-Version\"] = \"").append(StdioClient.PROTOCOL_VERSION)
        .append("\" }\n")
        .append("  if session ~= \"\" then headerSets[i][\"Mcp-Session-Id\"] = session end\n")
        .append("end\n")
        .append("function request()\n")
        .append("  counter = counter + 1\n")
        .append("  local id = tid * 1000000000 + counter\n")
        .append("  local headers = headerSets[(counter % #headerSets) + 1]\n")
        .append("  return wrk.format(nil, nil, headers, '{\"jsonrpc\":\"2.0\",\"id\":' .. id .. "
            + "',\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":"
            + "{\"message\":\"hello\"}}}')\n")
        .append("end\n");
    return lua.toString();
  }

  private static double number(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static long socketErrors(String out) {
    Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), "
        + "timeout (\\d+)").matcher(out);
    if (!m.find()) {
      return 0;
    }
    long sum = 0;
    for (int i = 1; i <= 4; i++) {
      sum += Long.parseLong(m.group(i));
    }
    return sum;
  }

  private static double millis(String out, String percentile) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)")
        .matcher(out);
    if (!m.find()) {
      return Double.NaN;
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "ms" -> value;
      default -> value * 1000;
    };
  }

  /** The live heap of {@code pid} in bytes, after the full GC that a class histogram runs. */
  static long liveHeap(File jcmd, long pid, Path save) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid),
        "GC.class_histogram").redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    Files.writeString(save, out);
    Matcher m = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)").matcher(out);
    if (!m.find()) {
      throw new UncheckedIOException(new IOException("no histogram total from jcmd: " + out));
    }
    return Long.parseLong(m.group(2));
  }
}
