package dev.mcpgen.benchmarks.harness;

import java.util.Arrays;

/** Percentiles of measured values. */
final class Stats {
  private Stats() {}

  /** The {@code p}-th percentile (0..100) of {@code values}, nearest rank. */
  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double median(double[] values) {
    return percentile(values, 50);
  }
}
