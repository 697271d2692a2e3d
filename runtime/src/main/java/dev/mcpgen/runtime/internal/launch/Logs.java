package dev.mcpgen.runtime.internal.launch;

/** Logging set-up: the runtime logs through {@link System.Logger}, to standard error. */
public final class Logs {
  private static final String FORMAT = "java.util.logging.SimpleFormatter.format";

  private Logs() {}

  /**
   * Makes java.util.logging print one line per record (plus any stack trace) unless the user
   * configured it. Call before anything logs: the format is read when logging starts.
   */
  public static void configure() {
    if (System.getProperty(FORMAT) == null
        && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty(FORMAT, "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
    }
  }
}
