package dev.mcpgen.runtime.internal.schema;

import tools.jackson.databind.JsonNode;

/** One node of a compiled schema: checks a value and records what is wrong with it. */
@FunctionalInterface
interface Check {
  /** Accepts everything: the schema {@code true}. */
  Check ANY = (value, at, out) -> {};

  /** Accepts nothing: the schema {@code false}. */
  Check NOTHING = (value, at, out) -> out.add(at, "no value is allowed here");

  void check(JsonNode value, Path at, Violations out);
}
