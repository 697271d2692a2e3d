package dev.mcpgen.runtime.internal.server;

import java.util.List;

/** The MCP revisions with an {@code initialize} handshake that this runtime speaks. */
public final class ProtocolVersions {
  /** The latest revision, answered to clients asking for one the runtime does not know. */
  public static final String LATEST = "2025-11-25";

  /** Newest first. */
  public static final List<String> SUPPORTED =
      List.of(LATEST, "2025-06-18", "2025-03-26", "2024-11-05");

  private ProtocolVersions() {}

  /**
   * The version to answer {@code initialize} with: the client's own when supported, as the spec
   * requires, else the latest (the client then decides whether to disconnect).
   */
  public static String negotiate(String requested) {
    return SUPPORTED.contains(requested) ? requested : LATEST;
  }

  /** Whether {@code version} is {@code minimum} or later; {@code false} when it is null. */
  public static boolean atLeast(String version, String minimum) {
    // Revisions are dates: their text sorts in time order.
    return version != null && version.compareTo(minimum) >= 0;
  }
}
