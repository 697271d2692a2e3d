package dev.mcpgen.runtime.internal.schema;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code items}, {@code uniqueItems}, {@code minItems} and {@code maxItems}. */
final class ArrayChecks implements Check {
  private final Check items;
  private final boolean unique;
  private final Integer minItems;
  private final Integer maxItems;

  private ArrayChecks(Check items, boolean unique, Integer minItems, Integer maxItems) {
    this.items = items;
    this.unique = unique;
    this.minItems = minItems;
    this.maxItems = maxItems;
  }

  /** The checks of {@code schema}, or {@code null} when it has none of these keywords. */
  static Check of(JsonNode schema, String at, SchemaCompiler compiler) {
    JsonNode itemSchema = schema.get("items");
    if (itemSchema != null && itemSchema.isArray()) {
      throw new SchemaException(at + "/items",
          "expected one schema for every item (the tuple form of draft 7 is not supported)");
    }
    Check items = itemSchema == null ? null : compiler.compile(itemSchema, at + "/items");
    boolean unique = Keywords.flag(schema, "uniqueItems", at);
    Integer minItems = Keywords.count(schema, "minItems", at);
    Integer maxItems = Keywords.count(schema, "maxItems", at);
    boolean none = items == null && !unique && minItems == null && maxItems == null;
    return none ? null : new ArrayChecks(items, unique, minItems, maxItems);
  }

  @Override
  public void check(JsonNode value, Path at, Violations out) {
    if (!value.isArray()) {
      return;
    }
    int size = value.size();
    if (minItems != null && size < minItems) {
      out.add(at, "must have at least " + items(minItems) + ", got " + size);
    }
    if (maxItems != null && size > maxItems) {
      out.add(at, "must have at most " + items(maxItems) + ", got " + size);
    }
    if (unique) {
      checkUnique(value, at, out);
    }
    if (items != null) {
      for (int i = 0; i < size && !out.full(); i++) {
        items.check(value.get(i), at.index(i), out);
      }
    }
  }

  private static void checkUnique(JsonNode array, Path at, Violations out) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < array.size() && !out.full(); i++) {
      Integer first = seen.putIfAbsent(JsonValues.canonical(array.get(i)), i);
      if (first != null) {
        out.add(at.index(i), "duplicate of item " + first + " (items must be unique)");
      }
    }
  }

  private static String items(int count) {
    return count + (count == 1 ? " item" : " items");
  }
}
