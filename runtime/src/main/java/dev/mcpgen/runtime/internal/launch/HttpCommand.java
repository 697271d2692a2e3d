package dev.mcpgen.runtime.internal.launch;

import dev.mcpgen.runtime.McpHttpHost;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;

/**
 * {@code java -jar app.jar http}: serves the servers on the class path over HTTP until the
 * process is told to stop (SIGTERM, Ctrl-C), then shuts down gracefully. Prints where each
 * server is on standard error; scripts and tests read the port from the {@code listening on}
 * line.
 */
public final class HttpCommand {
  private HttpCommand() {}

  /** Serves until the JVM shuts down. */
  public static void serve(CommandLine commandLine, PrintStream err)
      throws LaunchException, InterruptedException {
    McpHttpHost host = build(commandLine, err);
    if (host.serverNames().isEmpty()) {
      throw LaunchException.failure("no MCP server could be served"
          + (host.failures().isEmpty()
              ? ": is the mcpgen processor on the compiler's annotationProcessorPaths?"
              : ":\n  " + String.join("\n  ", host.failures())));
    }
    try {
      host.start();
    } catch (IOException | RuntimeException e) {
      host.close();
      throw LaunchException.failure("cannot listen on " + commandLine.http().host() + ":"
          + commandLine.http().port() + ": " + e.getMessage());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(host::close, "mcpgen-shutdown"));
    report(host, err);
    host.awaitClose();
  }

  private static McpHttpHost build(CommandLine commandLine, PrintStream err)
      throws LaunchException {
    CommandLine.Http http = commandLine.http();
    McpHttpHost.Builder builder = McpHttpHost.builder().host(http.host()).port(http.port())
        .defaultUserId(commandLine.userId());
    err.println("mcpgen: authentication: " + HttpAuthConfig.configure(builder));
    http.allowedOrigins().forEach(builder::allowedOrigin);
    http.allowedHosts().forEach(builder::allowedHost);
    if (commandLine.server() != null) {
      builder.servers(List.of(ServerRegistry.load().select(commandLine.server())));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw LaunchException.failure(e.getMessage());
    }
  }

  private static void report(McpHttpHost host, PrintStream err) {
    URI uri = host.uri();
    err.println("mcpgen: listening on " + uri);
    for (String name : host.serverNames()) {
      err.println("mcpgen:   " + name + "  " + uri.resolve(name + "/mcp")
          + "  (legacy SSE: " + uri.resolve(name + "/sse") + ")");
    }
    err.println("mcpgen:   health  " + uri.resolve("health"));
    for (String failure : host.failures()) {
      err.println("mcpgen: NOT serving " + failure);
    }
    err.flush();
  }
}
