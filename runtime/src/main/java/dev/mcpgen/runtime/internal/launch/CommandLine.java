package dev.mcpgen.runtime.internal.launch;

import dev.mcpgen.runtime.UserContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The launcher's arguments: {@code [command] [options]}. Serving over stdio is the only command
 * yet, and the default; others (an HTTP host, credential set-up) will come as further commands.
 *
 * @param command the command, {@code stdio} when none is given
 * @param server the server to run, or {@code null} for the only one on the class path
 * @param userId the user the server runs for
 * @param help whether to print the usage instead
 */
public record CommandLine(String command, String server, String userId, boolean help) {
  private static final Set<String> COMMANDS = Set.of("stdio");

  /** What {@code --help} prints. */
  public static final String USAGE =
      """
      Usage: java -jar <server>.jar [stdio] [options]

      Serves an MCP server over stdio: JSON-RPC messages, one per line, on standard
      input and output. Logs go to standard error.

      Commands:
        stdio             serve over standard input and output (the default)

      Options:
        --server NAME     the server to run, when the class path holds several
        --user-id ID      the user the server runs for (default: local)
        -h, --help        print this help and exit

      Tuning, as system properties (java -Dname=value -jar ...):
        mcpgen.pageSize             tools per tools/list page (default 100)
        mcpgen.maxConcurrentCalls   tool calls running or waiting at once (default 1024)
        mcpgen.shutdownGraceMillis  time running calls get after input ends (default 10000)
        mcpgen.maxMessageBytes      the longest message read (default 67108864)
      """;

  /**
   * Parses {@code args}; options take their value as the next argument or after {@code =}.
   *
   * @throws LaunchException a usage error naming the bad argument
   */
  public static CommandLine parse(String... args) throws LaunchException {
    Deque<String> rest = new ArrayDeque<>(List.of(args));
    String command = null;
    String server = null;
    String userId = UserContext.LOCAL_USER;
    boolean help = false;
    while (!rest.isEmpty()) {
      String arg = rest.pop();
      String inline = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        inline = arg.substring(equals + 1);
        arg = arg.substring(0, equals);
      }
      switch (arg) {
        case "-h", "--help" -> help = true;
        case "--server" -> server = value(arg, inline, rest);
        case "--user-id" -> userId = value(arg, inline, rest);
        default -> command = command(arg, command);
      }
    }
    return new CommandLine(command == null ? "stdio" : command, server, userId, help);
  }

  private static String command(String arg, String previous) throws LaunchException {
    if (arg.startsWith("-")) {
      throw LaunchException.usage("unknown option " + arg);
    }
    if (previous != null || !COMMANDS.contains(arg)) {
      throw LaunchException.usage("unknown command " + arg);
    }
    return arg;
  }

  private static String value(String option, String inline, Deque<String> rest)
      throws LaunchException {
    String value = inline != null ? inline : rest.poll();
    if (value == null || value.isEmpty() || (inline == null && value.startsWith("-"))) {
      throw LaunchException.usage(option + " needs a value");
    }
    return value;
  }
}
