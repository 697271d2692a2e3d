package dev.mcpgen.runtime.internal.schema;

/**
 * Where a value sits in the document being validated, built one step at a time and rendered as
 * a JSON pointer (RFC 6901) only when a violation is reported.
 */
final class Path {
  static final Path ROOT = new Path(null, null);

  private final Path parent;
  private final String step;

  private Path(Path parent, String step) {
    this.parent = parent;
    this.step = step;
  }

  Path property(String name) {
    return new Path(this, name);
  }

  Path index(int index) {
    return new Path(this, Integer.toString(index));
  }

  @Override
  public String toString() {
    return parent == null ? "" : parent + "/" + step.replace("~", "~0").replace("/", "~1");
  }
}
