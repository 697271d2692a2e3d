package dev.mcpgen.benchmarks.harness;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's figures as Markdown: tables, ratios to the Java SDK, targets met or missed. */
final class Report {
  private static final String SDK = Harness.JAVA_SDK;

  private Report() {}

  static String markdown(Results r, String environment) {
    StringBuilder md = new StringBuilder();
    md.append(environment).append('\n');
    if (!r.cold.isEmpty()) {
      md.append("### Cold start (process start → initialize → tools/list answered, median of 7)\n\n")
          .append("| peer | ms | × java-sdk |\n|---|---:|---:|\n");
      r.cold.forEach((peer, ms) -> md.append(row(peer, f0(ms), ratio(ms, r.cold.get(SDK)))));
      md.append('\n');
    }
    if (!r.stdio.isEmpty()) {
      md.append(String.format(Locale.ROOT, "### stdio (5 pipelined bursts of %,d calls: median of"
              + " those answered in full; round trip: 5,000 sequential calls; then one"
              + " 100,000-call burst)%n%n", r.stdio.values().iterator().next().burstCalls()))
          .append("| peer | calls/s | × java-sdk | bursts stalled | round trip p50 µs | "
              + "p99 µs | p50 × java-sdk | 100,000-call burst answered | its calls/s |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      r.stdio.forEach((peer, s) -> {
        double[] rtt = r.rtt.get(peer);
        StdioClient.Burst big = r.survival.get(peer);
        md.append(row(peer, f0(s.callsPerSecond()),
            ratio(s.callsPerSecond(), r.stdio.containsKey(SDK)
                ? r.stdio.get(SDK).callsPerSecond() : Double.NaN),
            s.stalled() + "/" + s.bursts(),
            rtt == null ? "" : f1(rtt[0]), rtt == null ? "" : f1(rtt[1]),
            rtt == null || !r.rtt.containsKey(SDK) ? "" : ratio(rtt[0], r.rtt.get(SDK)[0]),
            big == null ? "" : big.answered() + "/" + big.sent()
                + (big.complete() ? "" : " — stalled"),
            big == null || !big.complete() ? "" : f0(big.callsPerSecond())));
      });
      md.append('\n');
    }
    if (!r.http.isEmpty()) {
      md.append("### Streamable HTTP (wrk, tools/call echo, one session per connection)\n\n")
          .append("| peer | conns | calls/s | × java-sdk | p50 ms | p99 ms | failed |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|\n");
      r.http.forEach((peer, loads) -> {
        for (int i = 0; i < loads.size(); i++) {
          HttpBench.Load load = loads.get(i);
          List<HttpBench.Load> sdk = r.http.get(SDK);
          md.append(row(peer, Integer.toString(load.connections()), f0(load.callsPerSecond()),
              sdk == null ? "" : ratio(load.callsPerSecond(), sdk.get(i).callsPerSecond()),
              f2(load.p50Millis()), f2(load.p99Millis()), Long.toString(load.failures())));
        }
      });
      md.append('\n');
    }
    if (!r.heap.isEmpty()) {
      md.append("### Live heap per idle HTTP session (2,000 sessions, after full GC)\n\n")
          .append("| peer | bytes/session |\n|---|---:|\n");
      r.heap.forEach((peer, bytes) -> md.append(row(peer, f0(bytes))));
      md.append('\n');
    }
    if (!r.soak.isEmpty()) {
      md.append("### Pipelined stdio soak against mcpgen (one burst; RSS sampled every 0.5 s)\n\n")
          .append("| run | answered | distinct ids | errors | s | calls/s | RSS MB first → max → "
              + "last | live heap after, MB |\n|---|---:|---:|---:|---:|---:|---|---:|\n");
      r.soak.forEach((name, soak) -> {
        List<Long> rss = soak.rssKb().stream().filter(kb -> kb > 0).toList();
        StdioClient.Burst b = soak.burst();
        md.append(row(name, b.answered() + "/" + b.sent(), Long.toString(b.distinct()),
            Long.toString(b.errors()), f1(b.nanos() / 1e9), f0(b.callsPerSecond()),
            rss.isEmpty() ? "" : rss.stream().map(kb -> Long.toString(kb / 1024))
                .reduce((x, y) -> x + " " + y).orElse(""),
            f1(soak.liveHeapAfter() / 1048576.0)));
      });
      md.append('\n');
    }
    md.append(targets(r));
    return md.toString();
  }

  private static String targets(Results r) {
    StringBuilder md = new StringBuilder("### Targets\n\n");
    if (r.stdio.containsKey("mcpgen") && r.stdio.containsKey(SDK) && r.stdio.containsKey("ts-sdk")) {
      double m = r.stdio.get("mcpgen").callsPerSecond();
      target(md, "stdio calls/s ≥ 10× java-sdk", m / r.stdio.get(SDK).callsPerSecond(), 10, true);
      target(md, "stdio calls/s ≥ 5× ts-sdk", m / r.stdio.get("ts-sdk").callsPerSecond(), 5, true);
    }
    if (r.rtt.containsKey("mcpgen") && r.rtt.containsKey(SDK)) {
      target(md, "round trip p50 ≤ 0.3× java-sdk", r.rtt.get("mcpgen")[0] / r.rtt.get(SDK)[0],
          0.3, false);
    }
    if (r.http.containsKey(SDK)) {
      if (r.http.containsKey("mcpgen")) {
        target(md, "HTTP calls/s at 64 connections ≥ 2.5× java-sdk",
            r.http.get("mcpgen").get(2).callsPerSecond()
                / r.http.get(SDK).get(2).callsPerSecond(), 2.5, true);
      } else {
        md.append("- HTTP calls/s at 64 connections ≥ 2.5× java-sdk: not measurable "
            + "(mcpgen's launcher has no http command in this build)\n");
      }
    }
    Map<String, Double> cold = r.cold;
    if (cold.containsKey("mcpgen") && cold.containsKey(SDK)) {
      target(md, "cold start ≤ 0.3× java-sdk (default JVM flags)",
          cold.get("mcpgen") / cold.get(SDK), 0.3, false);
      double best = cold.entrySet().stream().filter(e -> e.getKey().startsWith("mcpgen"))
          .mapToDouble(Map.Entry::getValue).min().orElse(Double.NaN);
      target(md, "cold start ≤ 0.3× java-sdk (best mcpgen flags)", best / cold.get(SDK), 0.3,
          false);
      if (cold.containsKey("ts-sdk")) {
        target(md, "cold start ≤ ts-sdk (default JVM flags)",
            cold.get("mcpgen") / cold.get("ts-sdk"), 1, false);
        target(md, "cold start ≤ ts-sdk (best mcpgen flags)", best / cold.get("ts-sdk"), 1,
            false);
      }
    }
    if (r.heap.containsKey("mcpgen")) {
      double bytes = r.heap.get("mcpgen");
      md.append("- ≤ 1 KB live heap per idle session: ").append(f0(bytes)).append(" bytes — ")
          .append(bytes <= 1024 ? "**met**" : "**missed**").append('\n');
    }
    r.soak.forEach((name, soak) -> md.append(String.format(Locale.ROOT,
        "- %,d pipelined calls answered, none lost (%s): ", soak.burst().sent(), name))
        .append(soak.burst().complete() ? "**met**" : "**missed** (" + soak.burst() + ")")
        .append('\n'));
    return md.append('\n').toString();
  }

  private static void target(StringBuilder md, String name, double ratio, double bound,
      boolean atLeast) {
    boolean met = atLeast ? ratio >= bound : ratio <= bound;
    md.append("- ").append(name).append(": ").append(String.format(Locale.ROOT, "%.2f×", ratio))
        .append(" — ").append(met ? "**met**" : "**missed**").append('\n');
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String ratio(double value, Double base) {
    return base == null || base.isNaN() || value != value ? ""
        : String.format(Locale.ROOT, "%.2f", value / base);
  }

  private static String f0(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
