package dev.mcpgen.runtime.internal.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import tools.jackson.databind.JsonNode;

/** {@code minimum}, {@code maximum}, {@code exclusiveMinimum} and {@code exclusiveMaximum}. */
final class NumberChecks implements Check {
  private final List<Bound> bounds;

  private NumberChecks(List<Bound> bounds) {
    this.bounds = bounds;
  }

  /** The checks of {@code schema}, or {@code null} when it has none of these keywords. */
  static Check of(JsonNode schema, String at) {
    List<Bound> bounds = new ArrayList<>();
    add(bounds, schema, "minimum", ">=", c -> c >= 0, at);
    add(bounds, schema, "exclusiveMinimum", ">", c -> c > 0, at);
    add(bounds, schema, "maximum", "<=", c -> c <= 0, at);
    add(bounds, schema, "exclusiveMaximum", "<", c -> c < 0, at);
    return bounds.isEmpty() ? null : new NumberChecks(List.copyOf(bounds));
  }

  private static void add(List<Bound> bounds, JsonNode schema, String keyword, String relation,
      IntPredicate holds, String at) {
    BigDecimal limit = Keywords.number(schema, keyword, at);
    if (limit != null) {
      bounds.add(new Bound(limit, relation + " " + schema.get(keyword), holds));
    }
  }

  @Override
  public void check(JsonNode value, Path at, Violations out) {
    if (!value.isNumber()) {
      return;
    }
    for (Bound bound : bounds) {
      if (!bound.holds.test(JsonValues.compare(value, bound.limit))) {
        out.add(at, "must be " + bound.shown + ", got " + JsonValues.number(value));
      }
    }
  }

  /**
   * @param limit the bound
   * @param shown the relation as the message shows it, e.g. {@code >= 1}
   * @param holds whether a comparison result of the value with the limit satisfies the bound
   */
  private record Bound(BigDecimal limit, String shown, IntPredicate holds) {}
}
