package dev.mcpgen.runtime.spi;

import java.util.Objects;

/**
 * How a server introduces itself in {@code initialize}.
 *
 * @param name the server name, also its path on an HTTP host
 * @param version the server version
 * @param title a human-readable title, or {@code null}
 * @param instructions instructions for the client's model, or {@code null}
 */
public record ServerInfo(String name, String version, String title, String instructions) {
  public ServerInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }
}
