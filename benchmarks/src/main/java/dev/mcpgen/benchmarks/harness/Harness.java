package dev.mcpgen.benchmarks.harness;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every peer through the same figures in one run and prints Markdown tables with ratios
 * to the Java SDK. Sections: {@code cold stdio http soak} (all by default).
 *
 * <p>Properties: {@code bench.dir} (the benchmarks directory), {@code bench.java} (the JVM the
 * Java peers run on), {@code bench.java17} (optional: also run mcpgen's stdio on this JVM),
 * {@code bench.calls} (pipelined calls per burst, 10000: the Java SDK stalls on larger bursts), {@code bench.httpSeconds} (5),
 * {@code bench.soakCalls} (1000000), {@code bench.peers} (a comma-separated subset),
 * {@code bench.mcpgenFlags} (extra JVM flags for mcpgen, e.g. to record a JFR profile),
 * {@code bench.warmupCalls} (pipelined warm-up calls before the stdio figures, 100000),
 * {@code bench.baseJar} (another build of the mcpgen peer, measured beside it as
 * {@code mcpgen-base}: before/after in one run).
 */
public final class Harness {
  static final String JAVA_SDK = "java-sdk";
  private static final int COLD_RUNS = 7;

  private final Path dir;
  private final Path target;
  private final Path logs;
  private final String java;
  private final Results results = new Results();

  private Harness(Path dir, String java) throws IOException {
    this.dir = dir;
    this.target = dir.resolve("target");
    this.logs = Files.createDirectories(target.resolve("logs"));
    this.java = java;
    Files.createDirectories(target.resolve("cds"));
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("bench.dir", ".")).toAbsolutePath().normalize();
    String java = System.getProperty("bench.java",
        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> sections = args.length == 0 ? List.of("cold", "stdio", "http", "soak")
        : List.of(args);
    Harness harness = new Harness(dir, java);
    harness.run(sections);
  }

  private void run(List<String> sections) throws Exception {
    Peers catalog = new Peers(target, java);
    List<Peer> peers = catalog.all();
    String only = System.getProperty("bench.peers");
    if (only != null) {
      List<String> names = List.of(only.split(","));
      peers = peers.stream().filter(p -> names.contains(p.name())).toList();
    }
    log("peers: " + peers.stream().map(Peer::name).toList());
    if (sections.contains("cold")) {
      for (Peer peer : catalog.withStartupFlags(peers)) {
        coldStart(peer);
      }
    }
    if (sections.contains("stdio")) {
      for (Peer peer : peers) {
        stdio(peer);
      }
      String java17 = System.getProperty("bench.java17");
      if (java17 != null) {
        stdio(new Peer("mcpgen (JDK 17)", List.of(java17, "-jar", catalog.jar("mcpgen-peer")),
            List.of(), true, List.of()));
      }
    }
    if (sections.contains("http")) {
      for (Peer peer : peers) {
        http(peer);
      }
    }
    if (sections.contains("soak")) {
      Peer mcpgen = peers.stream().filter(p -> p.name().equals("mcpgen")).findFirst().orElseThrow();
      int calls = Integer.getInteger("bench.soakCalls", 1_000_000);
      soak(mcpgen, calls);
      // Capped heap, five times longer: shows where RSS levels off once heap sizing, JIT code
      // and metaspace have settled; the live heap afterwards shows nothing is retained.
      List<String> capped = new ArrayList<>(mcpgen.stdio());
      capped.add(1, "-Xmx64m");
      soak(new Peer("mcpgen -Xmx64m", capped, List.of(), true, List.of()), 5 * calls);
    }
    String report = results.markdown(environment());
    System.out.println();
    System.out.println(report);
    Files.writeString(target.resolve("results.md"), report);
    log("written " + target.resolve("results.md"));
  }

  // ---- cold start ---------------------------------------------------------------------------

  private void coldStart(Peer peer) throws Exception {
    File log = logFile(peer, "cold");
    if (!peer.training().isEmpty()) {
      // A cache left by an older jar would be stale: train afresh. The training run writes the
      // cache at exit, after stdin ends (an AOT cache from a child JVM, after the parent exits).
      List<Path> caches = peer.training().stream().filter(arg -> arg.contains("=" + target))
          .map(arg -> Path.of(arg.substring(arg.indexOf('=') + 1))).toList();
      for (Path cache : caches) {
        Files.deleteIfExists(cache);
      }
      coldStartOnce(peer.training(), log, 30_000);
      for (Path cache : caches) {
        awaitWritten(cache);
      }
    }
    coldStartOnce(peer.stdio(), log, 5_000); // unmeasured: warms the page cache
    double[] millis = new double[COLD_RUNS];
    for (int i = 0; i < COLD_RUNS; i++) {
      millis[i] = coldStartOnce(peer.stdio(), log, 5_000);
    }
    double median = Stats.median(millis);
    results.cold.put(peer.name(), median);
    log(String.format(Locale.ROOT, "cold start %-32s median %6.0f ms  runs %s", peer.name(),
        median, fmt(millis)));
  }

  private static void awaitWritten(Path file) throws IOException, InterruptedException {
    long size = -1;
    for (int i = 0; i < 120; i++) {
      long now = Files.exists(file) ? Files.size(file) : -1;
      if (now > 0 && now == size) {
        return;
      }
      size = now;
      Thread.sleep(500);
    }
    log("no cache written at " + file + "; that variant runs without it");
  }

  /** Start → initialize → tools/list answered, in ms; NaN when it did not answer. */
  private double coldStartOnce(List<String> command, File log, long exitGraceMillis)
      throws Exception {
    long start = System.nanoTime();
    StdioClient client = StdioClient.start(command, log);
    try {
      if (client.initialize(30_000) == null) {
        return Double.NaN;
      }
      String list = client.request("tools/list", null, 30_000);
      if (list == null || !list.contains("\"echo\"")) {
        return Double.NaN;
      }
      return (System.nanoTime() - start) / 1e6;
    } finally {
      client.close(exitGraceMillis);
    }
  }

  // ---- stdio --------------------------------------------------------------------------------

  private void stdio(Peer peer) throws Exception {
    int calls = Integer.getInteger("bench.calls", 10_000);
    File log = logFile(peer, "stdio");
    StdioClient client = started(peer, log);
    try {
      client = warm(client, peer, log);
      // The rate is the median of the bursts answered in full; a stalled burst (no answer for
      // 10 s) is counted as a finding and its peer restarted.
      List<Double> rates = new ArrayList<>();
      int stalled = 0;
      for (int i = 0; i < 5; i++) {
        StdioClient.Burst burst = client.burst(calls, 10_000);
        if (burst.complete()) {
          rates.add(burst.callsPerSecond());
        } else {
          stalled++;
        }
        log(String.format(Locale.ROOT, "stdio %-10s burst %d: %s", peer.name(), i, burst));
        if (!burst.complete()) {
          // A restarted peer is cold: warmed up again, so its next bursts are not understated.
          client = warm(healthy(client, burst, peer, log), peer, log);
        }
      }
      double rate = Stats.median(rates.stream().mapToDouble(Double::doubleValue).toArray());
      results.stdio.put(peer.name(), new Results.Stdio(rate, calls, rates.size() + stalled,
          stalled));
      double[] trips = new double[5_000];
      for (int i = 0; i < trips.length; i++) {
        trips[i] = client.roundTrip(10_000) / 1e3;
      }
      results.rtt.put(peer.name(), new double[] {Stats.percentile(trips, 50),
          Stats.percentile(trips, 99)});
      log(String.format(Locale.ROOT, "stdio %-10s %.0f calls/s, round trip p50 %.1f us p99 %.1f us",
          peer.name(), rate, Stats.percentile(trips, 50),
          Stats.percentile(trips, 99)));
      // Survival: a burst five times larger; a stall is a finding, not a failure of the run.
      StdioClient.Burst big = client.burst(100_000, 10_000);
      results.survival.put(peer.name(), big);
      log(String.format(Locale.ROOT, "stdio %-10s 100k burst: %s", peer.name(), big));
    } finally {
      client.close(1_000);
    }
  }

  /**
   * The same warm-up for every peer: JIT for the JVMs, V8's for node. Long enough for C2 to
   * compile the hot path and the heap to be sized (a warm-up of 10,500 calls, and still one of
   * 40,000, left the JVM peers speeding up through the five measured bursts: mcpgen 203 -> 61 ms
   * per burst); {@code bench.warmupCalls}
   * pipelined calls in bursts of 2,000, then 2,000 sequential ones. A peer restarted after a
   * stall is warmed up again, up to three times, so that no peer is measured cold.
   */
  private StdioClient warm(StdioClient started, Peer peer, File log) throws IOException,
      InterruptedException {
    int bursts = Integer.getInteger("bench.warmupCalls", 100_000) / 2_000;
    StdioClient client = started;
    for (int attempt = 0; attempt < 3; attempt++) {
      boolean complete = true;
      for (int i = 0; i < bursts && complete; i++) {
        StdioClient.Burst burst = client.burst(2_000, 10_000);
        complete = burst.complete();
        client = healthy(client, burst, peer, log);
      }
      if (complete) {
        break;
      }
    }
    for (int i = 0; i < 2_000; i++) {
      client.roundTrip(10_000);
    }
    return client;
  }

  private StdioClient started(Peer peer, File log) throws IOException {
    StdioClient client = StdioClient.start(peer.stdio(), log);
    if (client.initialize(30_000) == null) {
      client.close();
      throw new IOException(peer.name() + " did not answer initialize; see " + log);
    }
    return client;
  }

  /** A fresh process when the last burst lost answers: later figures must not inherit a stall. */
  private StdioClient healthy(StdioClient client, StdioClient.Burst burst, Peer peer, File log)
      throws IOException {
    if (burst.complete()) {
      return client;
    }
    log(peer.name() + " lost answers (" + burst + "); restarting it");
    client.close(1_000);
    return started(peer, log);
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  private void http(Peer peer) throws Exception {
    if (!peer.hasHttp()) {
      log("http " + peer.name() + ": no HTTP command; not measured");
      return;
    }
    if (!hasWrk()) {
      log("http " + peer.name() + ": wrk is not installed (apt-get install -y wrk); not measured");
      return;
    }
    int port = freePort();
    File log = logFile(peer, "http");
    Process process = new ProcessBuilder(peer.httpCommand(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    try {
      if (!HttpBench.waitForPort(port, process, 30_000)) {
        log("http " + peer.name() + ": not listening on " + port + "; see " + log);
        return;
      }
      HttpBench bench = new HttpBench(port);
      List<String> sessions = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        sessions.add(bench.openSession());
      }
      String answer = bench.call(sessions.get(0));
      if (!answer.startsWith("200") || !answer.contains("hello")) {
        log("http " + peer.name() + ": bad answer to tools/call: " + answer);
        return;
      }
      int seconds = Integer.getInteger("bench.httpSeconds", 5);
      Path scratch = Files.createDirectories(target.resolve("wrk").resolve(safe(peer.name())));
      bench.wrk(sessions.subList(0, 16), 16, seconds, scratch); // warm-up
      List<HttpBench.Load> loads = new ArrayList<>();
      for (int connections : new int[] {1, 16, 64}) {
        // One session per connection, as that many clients would have.
        HttpBench.Load load =
            bench.wrk(sessions.subList(0, connections), connections, seconds, scratch);
        loads.add(load);
        log(String.format(Locale.ROOT, "http %-10s c=%-3d %8.0f calls/s p50 %.2f ms p99 %.2f ms"
            + " (%d requests, %d failed)", peer.name(), connections, load.callsPerSecond(),
            load.p50Millis(), load.p99Millis(), load.requests(), load.failures()));
      }
      results.http.put(peer.name(), loads);
      if (peer.jvm() && !peer.name().equals("canned")) {
        heapPerSession(peer, bench, process.pid(), scratch);
      }
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }

  private void heapPerSession(Peer peer, HttpBench bench, long pid, Path scratch)
      throws Exception {
    File jcmd = new File(new File(java).getParentFile(), "jcmd");
    for (int i = 0; i < 100; i++) {
      bench.openSession();
    }
    Path histogramBefore = scratch.resolve("histogram-before.txt");
    Path histogramAfter = scratch.resolve("histogram-after.txt");
    long before = HttpBench.liveHeap(jcmd, pid, histogramBefore);
    int sessions = 2_000;
    for (int i = 0; i < sessions; i++) {
      bench.openSession();
    }
    long after = HttpBench.liveHeap(jcmd, pid, histogramAfter);
    double perSession = (after - before) / (double) sessions;
    results.heap.put(peer.name(), perSession);
    log(String.format(Locale.ROOT, "heap %-10s live %d -> %d bytes: %.0f bytes per idle session",
        peer.name(), before, after, perSession));
    log("heap " + peer.name() + " per session, largest: "
        + HttpBench.growth(histogramBefore, histogramAfter, sessions, 12));
  }

  // ---- soak ---------------------------------------------------------------------------------

  private void soak(Peer peer, int calls) throws Exception {
    StdioClient client = started(peer, logFile(peer, "soak"));
    try {
      List<Long> rss = new ArrayList<>();
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          rss.add(rssKb(client.pid()));
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "rss-sampler");
      sampler.setDaemon(true);
      sampler.start();
      StdioClient.Burst burst = client.burst(calls, 30_000);
      sampler.interrupt();
      sampler.join();
      File jcmd = new File(new File(java).getParentFile(), "jcmd");
      long live = HttpBench.liveHeap(jcmd, client.pid(),
          logs.resolve(safe(peer.name()) + "-soak-histogram.txt"));
      results.soak.put(peer.name(), new Results.Soak(burst, List.copyOf(rss), live));
      log(String.format(Locale.ROOT, "soak %s: %s; live heap after: %d KB; RSS KB every 0.5 s: %s",
          peer.name(), burst, live / 1024, rss));
    } finally {
      client.close(5_000);
    }
  }

  private static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process ended
    }
    return -1;
  }

  // ---- helpers ------------------------------------------------------------------------------

  private String environment() throws IOException, InterruptedException {
    return "- date: " + ZonedDateTime.now().withNano(0) + "\n"
        + "- machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc), "
        + sh("free -h | awk '/Mem:/ {print $2 \" RAM\"}'") + "\n"
        + "- load average at the end: " + sh("cut -d' ' -f1-3 /proc/loadavg") + "\n"
        + "- JVM of the Java peers: " + sh("'" + java + "' -version 2>&1 | head -2 | tail -1")
        + "\n"
        + "- node: " + sh("node --version") + "\n";
  }

  private static String sh(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor();
    return out;
  }

  private File logFile(Peer peer, String section) {
    return logs.resolve(safe(peer.name()) + "-" + section + ".log").toFile();
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9]+", "-");
  }

  private static boolean hasWrk() throws InterruptedException {
    try {
      return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String fmt(double[] values) {
    StringBuilder s = new StringBuilder();
    for (double v : values) {
      s.append(String.format(Locale.ROOT, "%.0f ", v));
    }
    return s.toString().trim();
  }

  static void log(String message) {
    PrintStream err = System.err;
    err.println("[bench " + LocalTime.now().withNano(0) + "] " + message);
  }
}
