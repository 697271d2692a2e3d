package dev.mcpgen.runtime;

import dev.mcpgen.runtime.internal.auth.AuthClients;
import dev.mcpgen.runtime.internal.launch.ApiKeyCommand;
import dev.mcpgen.runtime.internal.launch.AuthCommand;
import dev.mcpgen.runtime.internal.launch.CommandLine;
import dev.mcpgen.runtime.internal.launch.HttpCommand;
import dev.mcpgen.runtime.internal.launch.LaunchException;
import dev.mcpgen.runtime.internal.launch.Logs;
import dev.mcpgen.runtime.internal.launch.ServerRegistry;
import dev.mcpgen.runtime.internal.launch.StdioGuard;
import dev.mcpgen.runtime.internal.server.CallExecutor;
import dev.mcpgen.runtime.internal.server.ServerCore;
import dev.mcpgen.runtime.internal.server.Settings;
import dev.mcpgen.runtime.internal.stdio.StdioTransport;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * The main class of a server's runnable jar. {@code java -jar app.jar} serves the jar's server
 * over stdio until standard input ends; {@code java -jar app.jar http} serves every server on
 * the class path over HTTP until the process is stopped; {@code --help} lists the options.
 *
 * <pre>
 * java -jar app.jar                       # the only server on the class path
 * java -jar app.jar --server calculator   # one of several
 * java -jar app.jar --user-id alice       # for a named local user
 * java -jar app.jar http --port 8000      # http://127.0.0.1:8000/{server}/mcp
 * java -jar app.jar auth --service github # store the local user's credentials
 * java -jar app.jar api-key --user-id bob  # a new API key for the http command
 * </pre>
 *
 * <p>Exit codes: 0 when input ended, 1 when the server cannot start, 2 for a wrong command line.
 */
public final class Launcher {
  private Launcher() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  private static int run(String[] args) {
    if (args.length > 0 && args[0].equals("auth")) {
      return auth(Arrays.copyOfRange(args, 1, args.length));
    }
    if (args.length > 0 && args[0].equals("api-key")) {
      return ApiKeyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out,
          System.err);
    }
    CommandLine commandLine;
    try {
      commandLine = CommandLine.parse(args);
    } catch (LaunchException e) {
      return fail(e);
    }
    if (commandLine.help()) {
      System.out.print(CommandLine.USAGE);
      System.out.flush();
      return 0;
    }
    if (commandLine.command().equals("http")) {
      Logs.configure();
      try {
        HttpCommand.serve(commandLine, System.err);
        return 0;
      } catch (LaunchException e) {
        return fail(e);
      } catch (InterruptedException e) {
        return 1;
      }
    }
    // Before any user code runs: factories are instantiated by the registry.
    StdioGuard.Streams stdio = StdioGuard.claim();
    Logs.configure();
    try {
      serveStdio(commandLine, stdio);
      return 0;
    } catch (LaunchException e) {
      return fail(e);
    } catch (InterruptedException e) {
      return 1;
    }
  }

  private static void serveStdio(CommandLine commandLine, StdioGuard.Streams stdio)
      throws LaunchException, InterruptedException {
    Settings settings = settings();
    ServerFactory factory = ServerRegistry.load().select(commandLine.server());
    CallExecutor executor = CallExecutor.create(settings.maxConcurrentCalls());
    ServerCore core;
    try {
      core = ServerCore.create(factory, settings, executor);
    } catch (IllegalStateException e) {
      throw LaunchException.failure(e.getMessage());
    }
    String threads = executor.usesVirtualThreads() ? "virtual" : "platform";
    // The first record sets up java.util.logging's formatter (dates, time zones, locale data:
    // ~40 ms); on its own thread that overlaps the first requests instead of delaying them.
    Thread log = new Thread(() -> System.getLogger(Launcher.class.getName()).log(Level.INFO,
        "Serving {0} {1} over stdio for user {2} ({3} threads)", factory.info().name(),
        factory.info().version(), commandLine.userId(), threads), "mcpgen-log");
    log.setDaemon(true);
    log.start();
    new StdioTransport(stdio.in(), stdio.out(), settings)
        .serve(core, UserContext.of(commandLine.userId()));
  }

  /** Its own options: {@code auth} serves nothing, so none of the serving options apply. */
  private static int auth(String[] args) {
    Logs.configure();
    try {
      return new AuthCommand(AuthClients.configured(), HttpClient.newHttpClient(),
          Duration.ofMinutes(5)).run(args,
              new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
              System.err);
    } catch (IllegalStateException e) {
      System.err.println("mcpgen: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      return 1;
    }
  }

  private static Settings settings() throws LaunchException {
    try {
      return Settings.fromSystemProperties();
    } catch (IllegalArgumentException e) {
      throw LaunchException.failure(e.getMessage());
    }
  }

  private static int fail(LaunchException e) {
    System.err.println("mcpgen: " + e.getMessage());
    if (e.showUsage()) {
      System.err.println();
      System.err.print(CommandLine.USAGE);
    }
    return e.exitCode();
  }
}
