package dev.mcpgen.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The servers under test, and the JVM start-up variants of the Java ones. */
final class Peers {
  private final Path target;
  private final String java;

  Peers(Path target, String java) {
    this.target = target;
    this.java = java;
  }

  /** The four peers with their default flags; mcpgen's HTTP command if its launcher has one. */
  List<Peer> all() throws IOException, InterruptedException {
    String classes = target.resolve("classes").toString();
    String canned = "dev.mcpgen.benchmarks.peer.canned.";
    List<Peer> peers = new ArrayList<>();
    peers.add(new Peer("canned", List.of(java, "-cp", classes, canned + "CannedStdio"),
        List.of(java, "-cp", classes, canned + "CannedHttp",
            "{port}"), true, List.of()));
    String mcpgen = jar("mcpgen-peer");
    // For profiling, e.g. -Dbench.mcpgenFlags=-XX:StartFlightRecording=filename=x.jfr
    List<String> flags = List.of(System.getProperty("bench.mcpgenFlags", "").split(" +"))
        .stream().filter(flag -> !flag.isEmpty()).toList();
    List<String> stdio = new ArrayList<>(List.of(java));
    stdio.addAll(flags);
    stdio.addAll(List.of("-jar", mcpgen));
    List<String> http = new ArrayList<>(stdio);
    http.addAll(List.of("http", "--port", "{port}"));
    boolean hasHttp = mcpgenHasHttp(mcpgen);
    peers.add(new Peer("mcpgen", stdio, hasHttp ? http : List.of(), true, List.of()));
    // Before/after in one run: -Dbench.baseJar=another build of the mcpgen peer.
    String base = System.getProperty("bench.baseJar");
    if (base != null) {
      peers.add(new Peer("mcpgen-base", replace(stdio, mcpgen, base),
          hasHttp ? replace(http, mcpgen, base) : List.of(), true, List.of()));
    }
    String sdk = jar("sdk-peer");
    peers.add(new Peer(Harness.JAVA_SDK, List.of(java, "-jar", sdk),
        List.of(java, "-jar", sdk, "http", "--port", "{port}"), true, List.of()));
    String ts = target.resolve("ts-peer").resolve("server.mjs").toString();
    peers.add(new Peer("ts-sdk", List.of("node", ts), List.of("node", ts, "http", "--port",
        "{port}"), false, List.of()));
    return peers;
  }

  /** The stdio peers plus JVM start-up flags a user can set in their mcpServers config. */
  List<Peer> withStartupFlags(List<Peer> peers) {
    List<Peer> cold = new ArrayList<>(peers);
    String mcpgen = jar("mcpgen-peer");
    String sdk = jar("sdk-peer");
    cold.add(variant("mcpgen +C1 +SerialGC", mcpgen, List.of("-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC"), List.of(List.of(), List.of())));
    cold.add(variant("mcpgen +CDS", mcpgen, List.of(), cds("mcpgen-cds")));
    cold.add(variant("mcpgen +CDS +C1 +SerialGC", mcpgen, List.of("-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC"), cds("mcpgen-tuned")));
    cold.add(variant("mcpgen +AOTCache", mcpgen, List.of(), aot("mcpgen-aot")));
    cold.add(variant("mcpgen +AOTCache +C1 +SerialGC", mcpgen, List.of("-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC"), aot("mcpgen-aot-tuned")));
    cold.add(variant(Harness.JAVA_SDK + " +CDS +C1 +SerialGC", sdk, List.of("-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC"), cds("sdk-tuned")));
    return cold;
  }

  private List<List<String>> cds(String name) {
    String archive = target.resolve("cds").resolve(name + ".jsa").toString();
    List<String> flags = List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive);
    return List.of(flags, flags);
  }

  /** JDK 24+ (JEP 483/514): a training run records an AOT cache, later runs load it. */
  private List<List<String>> aot(String name) {
    String cache = target.resolve("cds").resolve(name + ".aot").toString();
    return List.of(List.of("-XX:AOTCacheOutput=" + cache), List.of("-XX:AOTCache=" + cache));
  }

  private Peer variant(String name, String jar, List<String> flags, List<List<String>> cache) {
    List<String> training = new ArrayList<>(List.of(java));
    training.addAll(flags);
    training.addAll(cache.get(0));
    training.addAll(List.of("-jar", jar));
    List<String> run = new ArrayList<>(List.of(java));
    run.addAll(flags);
    run.addAll(cache.get(1));
    run.addAll(List.of("-jar", jar));
    return new Peer(name, run, List.of(), true, training);
  }

  private static List<String> replace(List<String> command, String from, String to) {
    return command.stream().map(arg -> arg.equals(from) ? to : arg).toList();
  }

  String jar(String name) {
    return target.resolve("peers").resolve(name + ".jar").toString();
  }

  private boolean mcpgenHasHttp(String jar) throws IOException, InterruptedException {
    Process help = new ProcessBuilder(java, "-jar", jar, "--help").redirectErrorStream(true).start();
    String usage = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    help.waitFor();
    boolean http = usage.lines().anyMatch(line -> line.trim().startsWith("http"));
    Harness.log("mcpgen --help " + (http ? "lists" : "does not list") + " an http command");
    return http;
  }
}
