package dev.mcpgen.samples.simpletools;

import java.util.DoubleSummaryStatistics;
import java.util.List;

/**
 * Summary statistics of a list of numbers.
 *
 * @param count how many numbers
 * @param sum their sum
 * @param mean their arithmetic mean
 * @param min the smallest
 * @param max the largest
 */
public record Statistics(long count, double sum, double mean, double min, double max) {
  static Statistics of(List<Double> numbers) {
    DoubleSummaryStatistics stats =
        numbers.stream().mapToDouble(Double::doubleValue).summaryStatistics();
    return new Statistics(
        stats.getCount(), stats.getSum(), stats.getAverage(), stats.getMin(), stats.getMax());
  }
}
