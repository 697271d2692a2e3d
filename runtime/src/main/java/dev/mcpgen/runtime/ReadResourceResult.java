package dev.mcpgen.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@code resources/read}: usually the contents of the one resource asked for.
 *
 * @param contents the contents, possibly of several resources
 */
public record ReadResourceResult(List<ResourceContents> contents) {
  public ReadResourceResult {
    contents = List.copyOf(Objects.requireNonNull(contents, "contents"));
  }

  /** A result holding {@code contents}. */
  public static ReadResourceResult of(ResourceContents... contents) {
    return new ReadResourceResult(List.of(contents));
  }
}
