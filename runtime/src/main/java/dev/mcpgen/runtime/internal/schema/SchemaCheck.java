package dev.mcpgen.runtime.internal.schema;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One compiled schema object: its {@code type}, then its other keywords. A value of the wrong
 * type reports only that: every other keyword would just repeat it.
 */
final class SchemaCheck implements Check {
  private final TypeCheck type;
  private final List<Check> keywords;

  /** {@code type} is {@code null} when the schema does not constrain it. */
  SchemaCheck(TypeCheck type, List<Check> keywords) {
    this.type = type;
    this.keywords = List.copyOf(keywords);
  }

  @Override
  public void check(JsonNode value, Path at, Violations out) {
    if (type != null && !type.accepts(value)) {
      out.add(at, type.problem(value));
      return;
    }
    for (Check keyword : keywords) {
      if (out.full()) {
        return;
      }
      keyword.check(value, at, out);
    }
  }
}
