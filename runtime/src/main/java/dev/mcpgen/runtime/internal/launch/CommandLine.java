package dev.mcpgen.runtime.internal.launch;

import dev.mcpgen.runtime.UserContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The launcher's arguments: {@code [command] [options]}. The commands: {@code stdio}, the
 * default, and {@code http}; others (credential set-up) will come.
 *
 * @param command the command, {@code stdio} when none is given
 * @param server the server to run, or {@code null} for the only one on the class path (all of
 *     them over HTTP)
 * @param userId the user the server runs for; over HTTP, the user of sessions whose path names
 *     none
 * @param help whether to print the usage instead
 * @param http the options of the {@code http} command
 */
public record CommandLine(String command, String server, String userId, boolean help,
    Http http) {
  private static final Set<String> COMMANDS = Set.of("stdio", "http");

  /**
   * Where and for whom the {@code http} command listens.
   *
   * @param host the address to bind
   * @param port the port, 0 for any free one
   * @param allowedOrigins browser origins allowed besides localhost ones
   * @param allowedHosts host names allowed besides loopback ones
   */
  public record Http(String host, int port, List<String> allowedOrigins,
      List<String> allowedHosts) {
    /** 127.0.0.1:8000, localhost origins and names only. */
    public static final Http DEFAULTS = new Http("127.0.0.1", 8000, List.of(), List.of());
  }

  /** A command line with the default HTTP options. */
  public CommandLine(String command, String server, String userId, boolean help) {
    this(command, server, userId, help, Http.DEFAULTS);
  }

  /** What {@code --help} prints. */
  public static final String USAGE =
      """
      Usage: java -jar <server>.jar [stdio|http] [options]

      Serves MCP servers over stdio (JSON-RPC messages, one per line, on standard input
      and output) or over HTTP. Logs go to standard error.

      Commands:
        stdio             serve one server over standard input and output (the default)
        http              serve every server on the class path over HTTP: Streamable HTTP
                          at /{server}/mcp, legacy HTTP+SSE at /{server}/sse, and /health
        auth              store credentials for a service: auth --service NAME (see auth --help)
        api-key           make an API key for http clients: api-key --user-id ID

      Options:
        --server NAME     the server to run, when the class path holds several
        --user-id ID      the user the server runs for (default: local); over HTTP, the
                          user of sessions whose path names none
        --host ADDRESS    http: the address to listen on (default: 127.0.0.1)
        --port N          http: the port (default: 8000; 0 picks a free one)
        --allowed-origin O  http: also allow browser pages from origin O, e.g.
                          https://app.example.com (localhost is always allowed); repeatable
        --allowed-host H  http: also accept requests for host name H; repeatable
        -h, --help        print this help and exit

      Tuning, as system properties (java -Dname=value -jar ...):
        mcpgen.pageSize             tools per tools/list page (default 100)
        mcpgen.maxConcurrentCalls   tool calls running or waiting at once (default 1024)
        mcpgen.shutdownGraceMillis  time running calls get to finish at the end (default 10000)
        mcpgen.maxMessageBytes      the longest message read (default 67108864)
        mcpgen.clientRequestTimeoutMillis  how long a tool waits for the client to answer
                                    sampling, elicitation or roots (default 300000)
        mcpgen.http.maxSessions     HTTP sessions open at once (default 10000)
        mcpgen.http.maxInstances    server instances kept, one per server and user (1000)
        mcpgen.http.maxRequestBytes the largest request body (default 4194304)
        mcpgen.http.maxQueuedMessages  events waiting for one slow SSE client (1000)
        mcpgen.http.replayEvents    events a session keeps for resumption (default 100)
        mcpgen.http.sessionIdleMillis   idle sessions end after this (default 1800000)
        mcpgen.http.instanceIdleMillis  unused instances go after this (default 600000)
        mcpgen.http.keepAliveMillis keep-alive comments on idle streams (default 15000)
        mcpgen.http.sseRetryMillis  the reconnection delay streams advise (default 2000)
        mcpgen.http.maxConnections  connections open at once (10000; 1000 before Java 21)
        mcpgen.http.readTimeoutMillis   idle or stalled connections close after this (30000)

      Users, credentials and state (-D property, or the environment variable shown):
        mcpgen.http.apiKeys     MCPGEN_API_KEYS  http: require API keys listed in this file
        mcpgen.oauth.introspectionUrl, .clientId, .clientSecret, .issuer, .publicUrl
                                http: require OAuth tokens, checked at that endpoint
        mcpgen.store            MCPGEN_STORE     where per-user state lives: memory, or a
                                jdbc: URL (with mcpgen-store-jdbc on the class path)
        mcpgen.credentials.dir  MCPGEN_CREDENTIALS_DIR  where auth keeps credentials
                                (default ~/.mcpgen/credentials)
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
    String host = Http.DEFAULTS.host();
    int port = Http.DEFAULTS.port();
    List<String> origins = new ArrayList<>();
    List<String> hosts = new ArrayList<>();
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
        case "--host" -> host = value(arg, inline, rest);
        case "--port" -> port = port(value(arg, inline, rest));
        case "--allowed-origin" -> origins.add(value(arg, inline, rest));
        case "--allowed-host" -> hosts.add(value(arg, inline, rest));
        default -> command = command(arg, command);
      }
    }
    Http http = new Http(host, port, List.copyOf(origins), List.copyOf(hosts));
    String chosen = command == null ? "stdio" : command;
    if (!chosen.equals("http") && !http.equals(Http.DEFAULTS)) {
      throw LaunchException.usage("--host, --port, --allowed-origin and --allowed-host are "
          + "options of the http command");
    }
    return new CommandLine(chosen, server, userId, help, http);
  }

  private static int port(String value) throws LaunchException {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw LaunchException.usage("--port needs a port number from 0 to 65535, got " + value);
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
