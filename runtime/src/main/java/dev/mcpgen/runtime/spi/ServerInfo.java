package dev.mcpgen.runtime.spi;

import dev.mcpgen.runtime.Icon;
import java.util.List;
import java.util.Objects;

/**
 * How a server introduces itself in {@code initialize}.
 *
 * @param name the server name, also its path on an HTTP host
 * @param version the server version
 * @param title a human-readable title, or {@code null}
 * @param instructions instructions for the client's model, or {@code null}
 * @param websiteUrl the server's web site, or {@code null}
 * @param icons icons a client may show for it
 */
public record ServerInfo(String name, String version, String title, String instructions,
    String websiteUrl, List<Icon> icons) {
  public ServerInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    icons = List.copyOf(icons);
  }

  /** A server with no web site and no icons. */
  public ServerInfo(String name, String version, String title, String instructions) {
    this(name, version, title, instructions, null, List.of());
  }
}
