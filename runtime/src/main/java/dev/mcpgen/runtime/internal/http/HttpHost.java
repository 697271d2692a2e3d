package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.auth.BearerTokenAuthenticator;
import dev.mcpgen.runtime.internal.server.CallExecutor;
import dev.mcpgen.runtime.internal.server.Settings;
import dev.mcpgen.runtime.spi.Authenticator;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves MCP over HTTP for every server it hosts, whatever HTTP server carries the exchanges:
 * mcpgen's own or a servlet container hand each {@link Exchange} to {@link #handle}. Routes:
 *
 * <pre>
 * GET  /health                          the servers, their sessions and instances, failures
 * *    /{server}/mcp                    Streamable HTTP (2025-11-25)
 * GET  /{server}/sse                    legacy HTTP+SSE (2024-11-05) ...
 * POST /{server}/messages?sessionId=    ... and its messages
 * GET  /{server}/{userId}[:{apiKey}]    the seed's legacy form, naming the user ...
 * POST /{server}/{userId}[:{apiKey}]/messages/?session_id=   ... and its messages
 * </pre>
 *
 * and {@code /mcp}, {@code /sse}, {@code /messages} when it hosts one server.
 */
public final class HttpHost implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(HttpHost.class.getName());

  /**
   * How a host is set up.
   *
   * @param settings the protocol core's tunables
   * @param http the HTTP limits and timers
   * @param origins which origins and host names may reach it
   * @param authenticator who opens sessions
   * @param defaultUserId the user of sessions whose path names none
   */
  public record Config(Settings settings, HttpSettings http, OriginPolicy origins,
      Authenticator authenticator, String defaultUserId) {}

  /**
   * The host's counters, all back to zero once every client has gone and sessions expired.
   *
   * @param sessions live sessions
   * @param instances server instances kept
   * @param streams open SSE responses
   * @param exchanges MCP exchanges under way (not counting {@code /health})
   */
  public record Counts(int sessions, int instances, int streams, int exchanges) {}

  private final Map<String, HostedServer> servers;
  private final List<ServerLoader.Failure> failures;
  private final Config config;
  private final CallExecutor calls;
  private final InstanceCache instances;
  private final HostContext context;
  private final ExecutorService io;
  private final ScheduledExecutorService timer;
  private final AtomicInteger exchanges = new AtomicInteger();
  private final Router router;
  private final HealthEndpoint health = new HealthEndpoint(this);
  private final ResourceMetadataEndpoint metadata;
  private volatile boolean closing;

  private HttpHost(Config config, Collection<ServerFactory> factories,
      List<ServerLoader.Failure> failures) {
    this.config = config;
    this.failures = new ArrayList<>(failures);
    this.calls = CallExecutor.create(config.settings().maxConcurrentCalls());
    this.instances = new InstanceCache(config.http().maxInstances(),
        config.http().instanceIdleTimeout());
    this.servers = HostedServers.host(factories, config.settings(), calls, instances,
        this.failures);
    this.io = HttpThreads.executor("mcpgen-http-io-", 64);
    this.context = new HostContext(config.http(), new SessionRegistry(config.http(), instances),
        config.authenticator(), config.defaultUserId(), HttpThreads.orInline(io),
        new AtomicInteger());
    this.metadata = new ResourceMetadataEndpoint(servers,
        config.authenticator() instanceof BearerTokenAuthenticator bearer ? bearer : null);
    SessionOpener opener = new SessionOpener(context);
    this.router = new Router(servers, new StreamableEndpoint(context, opener),
        new LegacySseEndpoint(context, opener));
    this.timer = Executors.newSingleThreadScheduledExecutor(
        HttpThreads.daemons("mcpgen-http-timer-"));
    long keepAlive = config.http().keepAliveInterval().toMillis();
    timer.scheduleAtFixedRate(this::keepAlive, keepAlive, keepAlive, TimeUnit.MILLISECONDS);
    long sweep = sweepMillis(config.http());
    timer.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
  }

  /**
   * A host serving {@code factories}; {@code failures} are servers that could not be loaded, to
   * report. A factory whose definitions are broken is reported too, not served.
   */
  public static HttpHost create(Config config, Collection<ServerFactory> factories,
      List<ServerLoader.Failure> failures) {
    return new HttpHost(config, factories, failures);
  }

  /** Serves one exchange; never throws. Answers may come later, from other threads. */
  public void handle(Exchange exchange) {
    if (exchange.path().equals("/health")) {
      serve(exchange, () -> health.handle(exchange));
      return;
    }
    if (ResourceMetadataEndpoint.matches(exchange.path())) {
      serve(exchange, () -> metadata.handle(exchange));
      return;
    }
    Exchange tracked = new TrackedExchange(exchange, exchanges);
    serve(tracked, () -> {
      if (closing) {
        throw HttpError.limit("Service Unavailable: the host is shutting down");
      }
      router.route(tracked);
    });
  }

  private interface Route {
    void run() throws HttpError, IOException;
  }

  private void serve(Exchange exchange, Route route) {
    try {
      config.origins().check(exchange);
      route.run();
    } catch (HttpError e) {
      refuse(exchange, e);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "A client went during its request: {0}", e.getMessage());
      exchange.end();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Serving " + exchange.method() + " " + exchange.path() + " failed", e);
      refuse(exchange, HttpError.of(500, "Internal Server Error (see the server log)"));
    }
  }

  private static void refuse(Exchange exchange, HttpError error) {
    try {
      Responses.error(exchange, error);
    } catch (IOException | IllegalStateException e) {
      // The client has gone, or the response had started: nothing more can be said.
      exchange.end();
    }
  }

  /** The HTTP limits and timers it was set up with. */
  public HttpSettings httpSettings() {
    return config.http();
  }

  /** The servers served, by name. */
  public List<String> serverNames() {
    return List.copyOf(servers.keySet());
  }

  /** The servers that could not be loaded, and why. */
  public List<ServerLoader.Failure> failures() {
    return List.copyOf(failures);
  }

  /** The host's counters. */
  public Counts counts() {
    return new Counts(context.sessions().size(), instances.instances(),
        context.openStreams().get(), exchanges.get());
  }

  /** What {@code GET /health} answers, as JSON. */
  public String health() {
    return health.health().toString();
  }

  Collection<HostedServer> servers() {
    return servers.values();
  }

  SessionRegistry sessions() {
    return context.sessions();
  }

  InstanceCache instances() {
    return instances;
  }

  boolean isClosing() {
    return closing;
  }

  private void keepAlive() {
    try {
      context.sessions().keepAlive();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Keep-alive failed", e);
    }
  }

  private void sweep() {
    try {
      context.sessions().sweep();
      instances.sweep();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Sweeping idle sessions failed", e);
    }
  }

  /** Often enough that nothing outlives its timeout by much, rarely enough to cost nothing. */
  private static long sweepMillis(HttpSettings http) {
    long shortest = Math.min(http.sessionIdleTimeout().toMillis(),
        http.instanceIdleTimeout().toMillis());
    return Math.max(50, Math.min(10_000, shortest / 4));
  }

  /** Refuses new requests, lets running calls finish within the grace, then ends sessions. */
  @Override
  public void close() {
    close(config.settings().shutdownGrace());
  }

  /** As {@link #close()}, waiting at most {@code grace} for running calls. */
  public void close(Duration grace) {
    if (closing) {
      return;
    }
    closing = true;
    if (!calls.awaitIdle(grace)) {
      LOG.log(Level.WARNING, "Tool calls still running after {0} ms are abandoned",
          grace.toMillis());
    }
    context.sessions().endAll();
    timer.shutdownNow();
    io.shutdown();
    try {
      // Lets the streams write their last events and end.
      io.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    instances.clear();
  }
}
