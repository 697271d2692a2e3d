package dev.mcpgen.runtime;

import dev.mcpgen.runtime.internal.auth.BearerTokenAuthenticator;
import dev.mcpgen.runtime.internal.auth.ResourceMetadata;
import dev.mcpgen.runtime.internal.http.HttpHost;
import dev.mcpgen.runtime.internal.http.HttpSettings;
import dev.mcpgen.runtime.internal.http.OriginPolicy;
import dev.mcpgen.runtime.internal.http.ServerLoader;
import dev.mcpgen.runtime.internal.http.socket.SocketHttpServer;
import dev.mcpgen.runtime.internal.server.Settings;
import dev.mcpgen.runtime.spi.Authenticator;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.TokenValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Serves MCP servers over HTTP: Streamable HTTP at {@code /{server}/mcp}, the legacy HTTP+SSE
 * transport at {@code /{server}/sse}, and {@code /health}; one server instance per user, shared
 * by that user's sessions. It runs on mcpgen's own HTTP/1.1 server ({@link #start}) or inside a
 * servlet container ({@link McpServlet}).
 *
 * <pre>{@code
 * try (McpHttpHost host = McpHttpHost.builder().port(8000).build().start()) {
 *   System.err.println("Serving " + host.uri() + "calculator/mcp");
 *   host.awaitClose();
 * }
 * }</pre>
 *
 * <p>Safe by default: it binds 127.0.0.1 and refuses browser pages from other origins. Limits and
 * timers not set here are read from {@code mcpgen.http.*} system properties.
 */
public final class McpHttpHost implements AutoCloseable {
  private final HttpHost host;
  private final InetSocketAddress bind;
  private final Object lock = new Object();
  private SocketHttpServer server;
  private boolean closed;

  private McpHttpHost(HttpHost host, InetSocketAddress bind) {
    this.host = host;
    this.bind = bind;
  }

  /** A builder of a host serving every server on the class path. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening on the builder's host and port with mcpgen's built-in HTTP/1.1 server.
   *
   * @throws IOException when the address cannot be bound
   */
  public McpHttpHost start() throws IOException {
    synchronized (lock) {
      if (server != null || closed) {
        throw new IllegalStateException(closed ? "the host is closed" : "started already");
      }
      server = SocketHttpServer.start(host, bind);
    }
    return this;
  }

  /** The port listened on: the real one when the builder asked for 0. */
  public int port() {
    synchronized (lock) {
      if (server == null) {
        throw new IllegalStateException("not started");
      }
      return server.address().getPort();
    }
  }

  /** Where the host listens, e.g. {@code http://127.0.0.1:8000/}. */
  public URI uri() {
    // A wildcard address is no place to send a client: loopback is one of its addresses.
    String name = bind.getAddress() != null && bind.getAddress().isAnyLocalAddress()
        ? "127.0.0.1" : bind.getHostString();
    String host = name.contains(":") ? "[" + name + "]" : name;
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** The names of the servers served; each is at {@code /{name}/mcp}. */
  public List<String> serverNames() {
    return host.serverNames();
  }

  /** The servers that could not be loaded, each as {@code factory: reason}. */
  public List<String> failures() {
    List<String> failures = new ArrayList<>();
    host.failures().forEach(f -> failures.add(f.factory() + ": " + f.reason()));
    return failures;
  }

  /** What {@code GET /health} answers, as JSON. */
  public String health() {
    return host.health();
  }

  /** Blocks until {@link #close} has run, e.g. from a shutdown hook. */
  public void awaitClose() throws InterruptedException {
    synchronized (lock) {
      while (!closed) {
        lock.wait();
      }
    }
  }

  /**
   * Stops taking work (new requests are answered 503), lets running tool calls finish (for the
   * shutdown grace, {@code mcpgen.shutdownGraceMillis}), ends every session and stream, then
   * stops listening.
   */
  @Override
  public void close() {
    SocketHttpServer listening;
    synchronized (lock) {
      if (closed) {
        return;
      }
      listening = server;
    }
    host.close();
    if (listening != null) {
      // Every exchange has ended by now: nothing is cut short.
      listening.close();
    }
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }

  HttpHost core() {
    return host;
  }

  /** Sets up a {@link McpHttpHost}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8000;
    private final Set<String> allowedOrigins = new HashSet<>();
    private final Set<String> allowedHosts = new HashSet<>();
    private Authenticator authenticator = Authenticator.TRUST_CLAIMED;
    private String defaultUserId = UserContext.LOCAL_USER;
    private List<ServerFactory> servers;
    private HttpSettings http;
    private OAuth oauth;

    private record OAuth(TokenValidator validator, String publicUrl,
        List<String> authorizationServers) {}

    private Builder() {}

    /** The address to listen on; 127.0.0.1 unless told otherwise, 0.0.0.0 for all. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The port; 0 picks a free one (see {@link #port()}). Default 8000. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Allows browser pages from {@code origin}, as {@code scheme://host[:port]}, or all with
     * {@code *}. Pages from localhost are always allowed.
     */
    public Builder allowedOrigin(String origin) {
      allowedOrigins.add(origin);
      return this;
    }

    /**
     * Allows clients to reach the host by name {@code host} (the {@code Host} header). On a
     * loopback address only loopback names are accepted unless listed; on all interfaces or in
     * a servlet container any name is, unless some are listed.
     */
    public Builder allowedHost(String host) {
      allowedHosts.add(host);
      return this;
    }

    /**
     * Makes the host an OAuth 2.1 resource server (MCP 2025-11-25, Authorization): every
     * request needs an access token that {@code validator} accepts for the server addressed;
     * each server's protected resource metadata, naming {@code authorizationServers} and the
     * scopes its tools require, is served at
     * {@code /.well-known/oauth-protected-resource/{server}/mcp}; a token lacking a tool's
     * scopes does not see the tool and gets 403 {@code insufficient_scope} for calling it.
     *
     * @param publicUrl the origin clients reach the host at, e.g.
     *     {@code https://mcp.example.com}: resource identifiers and metadata URLs start with it
     */
    public Builder oauth(TokenValidator validator, String publicUrl,
        List<String> authorizationServers) {
      this.oauth = new OAuth(validator, publicUrl.replaceAll("/+$", ""),
          List.copyOf(authorizationServers));
      return this;
    }

    /**
     * Who may open sessions, and use them: every request of a session is checked again and must
     * come from the user who opened it. Default: {@link Authenticator#TRUST_CLAIMED}, which
     * checks nothing. Replaced by {@link #oauth} when that is set.
     */
    public Builder authenticator(Authenticator authenticator) {
      this.authenticator = authenticator;
      return this;
    }

    /** The user of sessions whose path names none ({@code /mcp}, {@code /sse}). */
    public Builder defaultUserId(String userId) {
      UserContext.of(userId);
      this.defaultUserId = userId;
      return this;
    }

    /** Serves {@code servers} instead of those on the class path. */
    public Builder servers(List<ServerFactory> servers) {
      this.servers = List.copyOf(servers);
      return this;
    }

    /**
     * Limits and timers: at most {@code maxSessions} sessions and {@code maxInstances} instances,
     * ending sessions idle for {@code sessionIdleTimeout}. Unset, they come from
     * {@code mcpgen.http.*} system properties or their defaults (10,000, 1,000, 30 minutes).
     */
    public Builder limits(int maxSessions, int maxInstances, Duration sessionIdleTimeout) {
      HttpSettings base = http != null ? http : HttpSettings.fromSystemProperties();
      this.http = new HttpSettings(maxSessions, maxInstances, base.maxRequestBytes(),
          base.maxQueuedMessages(), base.replayEvents(), sessionIdleTimeout,
          base.instanceIdleTimeout(), base.keepAliveInterval(), base.sseRetry(),
          base.maxConnections(), base.readTimeout());
      return this;
    }

    /**
     * A host ready to {@link #start} or to mount with {@link McpServlet}.
     *
     * @throws IllegalArgumentException when a system property holds a bad value
     */
    public McpHttpHost build() {
      ServerLoader.Found found = servers != null
          ? new ServerLoader.Found(servers, List.of())
          : ServerLoader.load(Thread.currentThread().getContextClassLoader());
      HttpHost.Config config = new HttpHost.Config(Settings.fromSystemProperties(),
          http != null ? http : HttpSettings.fromSystemProperties(),
          new OriginPolicy(allowedOrigins, hostNames()),
          oauth == null ? authenticator : bearer(found.factories()), defaultUserId);
      return new McpHttpHost(HttpHost.create(config, found.factories(), found.failures()),
          new InetSocketAddress(host, port));
    }

    /** Checks tokens against the metadata of each server, computed once. */
    private Authenticator bearer(List<ServerFactory> factories) {
      Map<String, ResourceMetadata> metadata = new HashMap<>();
      for (ServerFactory factory : factories) {
        Set<String> scopes = new HashSet<>();
        factory.toolScopes().values().forEach(scopes::addAll);
        String name = factory.info().name();
        metadata.put(name, ResourceMetadata.of(oauth.publicUrl(), "/" + name + "/mcp",
            oauth.authorizationServers(), scopes));
      }
      return new BearerTokenAuthenticator(oauth.validator(), metadata::get);
    }

    private Set<String> hostNames() {
      if (allowedHosts.isEmpty() && !isLoopback()) {
        return Set.of();
      }
      Set<String> names = new HashSet<>(allowedHosts);
      names.addAll(OriginPolicy.loopbackHosts());
      if (!isLoopback() && !isWildcard()) {
        names.add(host);
      }
      return names;
    }

    private boolean isLoopback() {
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (IOException e) {
        return false;
      }
    }

    private boolean isWildcard() {
      try {
        return InetAddress.getByName(host).isAnyLocalAddress();
      } catch (IOException e) {
        return false;
      }
    }
  }
}
