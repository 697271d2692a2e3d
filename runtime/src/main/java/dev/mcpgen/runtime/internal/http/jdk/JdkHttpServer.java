package dev.mcpgen.runtime.internal.http.jdk;

import com.sun.net.httpserver.HttpServer;
import dev.mcpgen.runtime.internal.http.HttpHost;
import dev.mcpgen.runtime.internal.http.HttpThreads;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * Carries an {@link HttpHost}'s exchanges on the JDK's built-in HTTP server: no dependency, and
 * quick once Nagle's algorithm is off. Handlers only read the request and hand it on; answers
 * and SSE streams are written later by the host, so no thread waits on a slow tool or client.
 */
public final class JdkHttpServer implements AutoCloseable {
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  static {
    // Read once, when the server's configuration class loads. Without it each kept-alive
    // request waits ~40 ms for Nagle's algorithm (measured: 22 requests/s instead of 2,000).
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService handlers;

  private JdkHttpServer(HttpServer server, ExecutorService handlers) {
    this.server = server;
    this.handlers = handlers;
  }

  /**
   * Serves {@code host} on {@code address} (port 0 for any free one).
   *
   * @throws IOException when the address cannot be bound
   */
  public static JdkHttpServer start(HttpHost host, InetSocketAddress address) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    ExecutorService handlers = HttpThreads.executor("mcpgen-http-", 64);
    server.setExecutor(handlers);
    server.createContext("/", exchange -> host.handle(new JdkExchange(exchange)));
    server.start();
    return new JdkHttpServer(server, handlers);
  }

  /** The address it listens on, with the real port. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Stops listening now; waits up to {@code grace} for open exchanges, then drops them. */
  public void stop(Duration grace) {
    server.stop((int) Math.max(0, Math.min(Integer.MAX_VALUE, grace.toSeconds())));
    handlers.shutdownNow();
  }

  @Override
  public void close() {
    stop(Duration.ZERO);
  }
}
