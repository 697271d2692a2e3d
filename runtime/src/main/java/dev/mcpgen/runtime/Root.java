package dev.mcpgen.runtime;

import java.util.Objects;

/**
 * A root the client shares with the server: a directory or file the server may work in.
 *
 * @param uri the root's URI, {@code file://} in practice
 * @param name a human-readable name, or {@code null}
 */
public record Root(String uri, String name) {
  public Root {
    Objects.requireNonNull(uri, "uri");
  }
}
