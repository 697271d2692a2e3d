package dev.mcpgen.runtime;

import java.util.List;

/**
 * Suggestions for an argument's value, the answer of a completion method.
 *
 * @param values at most 100 suggestions, best first
 * @param total how many there are in all, or {@code null} when unknown
 * @param hasMore whether there are more than {@code values}
 */
public record Completion(List<String> values, Integer total, boolean hasMore) {
  /** The most values one answer carries. */
  public static final int MAX_VALUES = 100;

  public Completion {
    values = List.copyOf(values);
    if (values.size() > MAX_VALUES) {
      throw new IllegalArgumentException("A completion carries at most " + MAX_VALUES
          + " values, got " + values.size() + "; use Completion.of to cut the list");
    }
  }

  /** The first 100 of {@code values}, with their total and whether some were cut. */
  public static Completion of(List<String> values) {
    if (values.size() <= MAX_VALUES) {
      return new Completion(values, values.size(), false);
    }
    return new Completion(values.subList(0, MAX_VALUES), values.size(), true);
  }

  /** No suggestions. */
  public static Completion empty() {
    return new Completion(List.of(), 0, false);
  }
}
