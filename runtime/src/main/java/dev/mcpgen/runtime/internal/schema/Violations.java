package dev.mcpgen.runtime.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What validating one value found: the first few violations, in document order, and whether
 * there were more. Collecting stops at the limit, so a hostile value costs little to reject.
 */
public final class Violations {
  private final int limit;
  private final List<Violation> found = new ArrayList<>();
  private boolean truncated;

  Violations(int limit) {
    this.limit = limit;
  }

  void add(Path at, String problem) {
    if (found.size() < limit) {
      found.add(new Violation(at.toString(), problem));
    } else {
      truncated = true;
    }
  }

  /** Whether more violations were found than are kept; checks stop early once it is true. */
  boolean full() {
    return truncated;
  }

  /** Whether the value is valid. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The violations kept, at most the limit. */
  public List<Violation> list() {
    return List.copyOf(found);
  }

  /** {@code /b: expected integer, got string "x"; /a: required property missing}. */
  @Override
  public String toString() {
    String joined = found.stream().map(Violation::toString).collect(Collectors.joining("; "));
    return truncated ? joined + "; and more" : joined;
  }
}
