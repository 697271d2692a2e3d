package dev.mcpgen.benchmarks.harness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything measured in this run. */
final class Results {
  record Stdio(double callsPerSecond, int burstCalls, int bursts, int stalled) {}

  record Soak(StdioClient.Burst burst, List<Long> rssKb, long liveHeapAfter) {}

  final Map<String, Double> cold = new LinkedHashMap<>();
  final Map<String, Stdio> stdio = new LinkedHashMap<>();
  final Map<String, double[]> rtt = new LinkedHashMap<>();
  final Map<String, StdioClient.Burst> survival = new LinkedHashMap<>();
  final Map<String, List<HttpBench.Load>> http = new LinkedHashMap<>();
  final Map<String, Double> heap = new LinkedHashMap<>();
  final Map<String, Soak> soak = new LinkedHashMap<>();

  String markdown(String environment) {
    return Report.markdown(this, environment);
  }
}
