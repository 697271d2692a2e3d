package dev.mcpgen.runtime;

import java.util.List;
import java.util.Objects;

/**
 * An icon a client may show for a server, tool, resource or prompt.
 *
 * @param src an {@code https:} or {@code data:} URI of the image
 * @param mimeType its MIME type, or {@code null}
 * @param sizes sizes it suits, e.g. {@code "48x48"} or {@code "any"}; empty when unknown
 * @param theme {@code "light"} or {@code "dark"}, or {@code null} for any
 */
public record Icon(String src, String mimeType, List<String> sizes, String theme) {
  public Icon {
    Objects.requireNonNull(src, "src");
    sizes = List.copyOf(sizes);
  }
}
