package dev.mcpgen.runtime.internal.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compiles a schema into a tree of {@link Check}s, once. Every {@code $ref} target is compiled
 * once and shared, which also makes recursive schemas (a tree of nodes) finite.
 */
final class SchemaCompiler {
  private final JsonNode root;
  private final Map<String, Reference> references = new HashMap<>();

  SchemaCompiler(JsonNode root) {
    this.root = root;
  }

  Check compileRoot() {
    return compile(root, "#");
  }

  /** Compiles the schema found at {@code at}, a pointer into the root used in errors. */
  Check compile(JsonNode schema, String at) {
    if (schema.isBoolean()) {
      return schema.booleanValue() ? Check.ANY : Check.NOTHING;
    }
    if (!schema.isObject()) {
      throw new SchemaException(at, "expected a schema (an object or a boolean), got " + schema);
    }
    TypeCheck type = schema.has("type") ? TypeCheck.of(schema.get("type"), at + "/type") : null;
    return new SchemaCheck(type, keywords(schema, at));
  }

  /** The checks of every keyword but {@code type}; a {@code $ref} applies beside the others. */
  private List<Check> keywords(JsonNode schema, String at) {
    List<Check> keywords = new ArrayList<>();
    if (schema.has("$ref")) {
      keywords.add(reference(schema.get("$ref"), at + "/$ref"));
    }
    keywords.add(EnumCheck.of(schema, at));
    keywords.add(NumberChecks.of(schema, at));
    keywords.add(StringChecks.of(schema, at));
    keywords.add(ArrayChecks.of(schema, at, this));
    keywords.add(ObjectChecks.of(schema, at, this));
    keywords.removeIf(Objects::isNull);
    return keywords;
  }

  private Check reference(JsonNode ref, String at) {
    if (!ref.isString()) {
      throw new SchemaException(at, "expected a string, got " + ref);
    }
    Reference reference = references.get(ref.stringValue());
    if (reference == null) {
      rejectCycle(ref.stringValue(), at);
      reference = new Reference();
      // Registered before compiling the target, so a recursive reference finds it.
      references.put(ref.stringValue(), reference);
      reference.target = compile(resolve(ref.stringValue(), at), ref.stringValue());
    }
    return reference;
  }

  /**
   * Rejects a chain of references that comes back to its start without descending into the
   * value ({@code a -> b -> a}): validating against it would never end.
   */
  private void rejectCycle(String ref, String at) {
    Set<String> seen = new HashSet<>();
    for (String next = ref; next != null; ) {
      if (!seen.add(next)) {
        throw new SchemaException(at, "$ref " + ref + " leads back to itself");
      }
      JsonNode nextRef = resolve(next, at).get("$ref");
      next = nextRef != null && nextRef.isString() ? nextRef.stringValue() : null;
    }
  }

  /** Resolves a local reference such as {@code #/$defs/Item} against the root. */
  private JsonNode resolve(String ref, String at) {
    if (!ref.startsWith("#")) {
      throw new SchemaException(at, "only local references (#/...) are supported, got " + ref);
    }
    JsonNode target;
    try {
      target = root.at(ref.substring(1));
    } catch (IllegalArgumentException e) {
      throw new SchemaException(at, "invalid JSON pointer in $ref " + ref);
    }
    if (target.isMissingNode()) {
      throw new SchemaException(at, "$ref " + ref + " points to nothing");
    }
    return target;
  }

  /** A compiled reference, its target filled in once compiled. */
  private static final class Reference implements Check {
    private Check target;

    @Override
    public void check(JsonNode value, Path at, Violations out) {
      target.check(value, at, out);
    }
  }
}
