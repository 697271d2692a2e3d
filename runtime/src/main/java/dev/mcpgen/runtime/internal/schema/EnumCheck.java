package dev.mcpgen.runtime.internal.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The {@code enum} keyword. */
final class EnumCheck implements Check {
  private static final int MAX_SHOWN = 10;

  private final Set<String> allowed = new HashSet<>();
  private final String shown;

  private EnumCheck(JsonNode values) {
    List<String> shownValues = new ArrayList<>();
    for (JsonNode value : values) {
      allowed.add(JsonValues.canonical(value));
      if (shownValues.size() < MAX_SHOWN) {
        shownValues.add(value.toString());
      }
    }
    this.shown =
        String.join(", ", shownValues) + (values.size() > MAX_SHOWN ? ", ..." : "");
  }

  /** The check of {@code schema}'s {@code enum}, or {@code null} when it has none. */
  static Check of(JsonNode schema, String at) {
    JsonNode values = schema.get("enum");
    if (values == null) {
      return null;
    }
    if (!values.isArray() || values.isEmpty()) {
      throw new SchemaException(at + "/enum", "expected a non-empty array");
    }
    return new EnumCheck(values);
  }

  @Override
  public void check(JsonNode value, Path at, Violations out) {
    if (!allowed.contains(JsonValues.canonical(value))) {
      out.add(at, "expected one of " + shown + ", got " + JsonValues.describe(value));
    }
  }
}
