package dev.mcpgen.runtime.internal.launch;

/** Why the launcher cannot start, with the exit code that says so to scripts. */
public final class LaunchException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final boolean showUsage;

  private LaunchException(String message, int exitCode, boolean showUsage) {
    super(message);
    this.exitCode = exitCode;
    this.showUsage = showUsage;
  }

  /** The command line is wrong: exit code 2, with the usage. */
  public static LaunchException usage(String message) {
    return new LaunchException(message, 2, true);
  }

  /** The command line asks for something that is not there (a server name): exit code 2. */
  public static LaunchException notFound(String message) {
    return new LaunchException(message, 2, false);
  }

  /** The class path or the server is broken: exit code 1. */
  public static LaunchException failure(String message) {
    return new LaunchException(message, 1, false);
  }

  /** The process exit code: 1 or 2. */
  public int exitCode() {
    return exitCode;
  }

  /** Whether the usage would help the user fix it. */
  public boolean showUsage() {
    return showUsage;
  }
}
