package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.LogLevel;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one connection has agreed with its client: the negotiated protocol version, who the
 * client is and what it can do. Per-user state lives in the server instance, not here.
 */
public final class Session {
  private volatile UserContext user;
  private final MessageSink outbound;
  private final AtomicReference<Handshake> handshake = new AtomicReference<>();
  private volatile boolean clientReady;
  private volatile LogLevel logLevel = LogLevel.INFO;
  private volatile UserFeed feed;
  private volatile Duration clientRequestTimeout = Settings.defaults().clientRequestTimeout();
  private volatile ClientRequests clientRequests;
  /** Created on first use, like the rest: most sessions never subscribe nor run long calls. */
  private volatile Set<String> subscriptions;
  private volatile Map<String, CallContext> running;
  private volatile boolean closed;

  /**
   * @param user who the connection runs for
   * @param outbound where messages the server starts (notifications, later requests) go
   */
  public Session(UserContext user, MessageSink outbound) {
    this.user = user;
    this.outbound = outbound;
  }

  /**
   * What {@code initialize} settled. Plain values, not the JSON as sent: an idle HTTP session
   * keeps this for its whole life, and the JSON trees took as much heap as the rest of it.
   *
   * @param protocolVersion the negotiated version
   * @param clientName the name in the client's {@code clientInfo}, or {@code null}
   * @param clientVersion the version in the client's {@code clientInfo}, or {@code null}
   * @param clientCapabilities which capabilities the client declared
   */
  public record Handshake(String protocolVersion, String clientName, String clientVersion,
      ClientCapabilities clientCapabilities) {}

  /**
   * The client capabilities the server may use: whether the client declared them at all.
   *
   * @param roots whether it lists roots ({@code roots/list})
   * @param sampling whether it samples its model ({@code sampling/createMessage})
   * @param elicitation whether it asks its user to fill in forms ({@code elicitation/create})
   * @param urlElicitation whether it asks its user to open URLs (elicitation in URL mode)
   */
  public record ClientCapabilities(boolean roots, boolean sampling, boolean elicitation,
      boolean urlElicitation) {}

  /** Records the handshake; {@code false} when the session was initialized already. */
  boolean initialize(Handshake settled) {
    return handshake.compareAndSet(null, settled);
  }

  /** Whether {@code initialize} has been answered: from then on, requests are served. */
  public boolean isInitialized() {
    return handshake.get() != null;
  }

  /** The handshake, or {@code null} before {@code initialize}. */
  public Handshake handshake() {
    return handshake.get();
  }

  /** The negotiated protocol version, or {@code null} before {@code initialize}. */
  public String protocolVersion() {
    Handshake settled = handshake.get();
    return settled == null ? null : settled.protocolVersion();
  }

  void markClientReady() {
    clientReady = true;
  }

  /** Whether the client sent {@code notifications/initialized}. */
  public boolean isClientReady() {
    return clientReady;
  }

  /** The user the connection runs for. */
  public UserContext user() {
    return user;
  }

  /**
   * Takes what the client's latest credentials say about the same user, e.g. the wider scopes
   * of a token it obtained after a 403 {@code insufficient_scope}; later requests run with it.
   *
   * @throws IllegalArgumentException when {@code renewed} is another user: a session never
   *     changes hands
   */
  public void renew(UserContext renewed) {
    if (!renewed.userId().equals(user.userId())) {
      throw new IllegalArgumentException("A session of " + user.userId()
          + " cannot pass to " + renewed.userId());
    }
    user = renewed;
  }

  /** Where the server sends messages of its own to this client. */
  public MessageSink outbound() {
    return outbound;
  }

  /** The least severe log level the client wants ({@code logging/setLevel}); info until set. */
  public LogLevel logLevel() {
    return logLevel;
  }

  void logLevel(LogLevel level) {
    logLevel = level;
  }

  /** How long calls wait for the client to answer requests of the server's. */
  void clientRequestTimeout(Duration timeout) {
    clientRequestTimeout = timeout;
  }

  /** The requests this session sent to its client and awaits answers to. */
  ClientRequests clientRequests() {
    ClientRequests requests = clientRequests;
    if (requests == null) {
      synchronized (this) {
        if (clientRequests == null) {
          clientRequests = new ClientRequests(clientRequestTimeout);
          if (closed) {
            synchronized (this) {
      if (clientRequests != null) {
        clientRequests.failAll("the session ended");
      }
    }
          }
        }
        requests = clientRequests;
      }
    }
    return requests;
  }

  /** Whether the server has sent this client requests of its own. */
  boolean hasAskedClient() {
    return clientRequests != null;
  }

  /** Joins the feed of its user's server instance: list changes and resource updates reach it. */
  void join(UserFeed joined) {
    feed = joined;
    joined.attach(this);
  }

  /** The feed of its user's server instance, or {@code null} before it joined one. */
  UserFeed feed() {
    return feed;
  }

  /** Subscribes to updates of the resource {@code uri}; {@code false} beyond the limit. */
  boolean subscribe(String uri, int limit) {
    Set<String> uris = subscriptions;
    if (uris == null) {
      synchronized (this) {
        if (subscriptions == null) {
          subscriptions = ConcurrentHashMap.newKeySet();
        }
        uris = subscriptions;
      }
    }
    if (uris.size() >= limit && !uris.contains(uri)) {
      return false;
    }
    uris.add(uri);
    return true;
  }

  void unsubscribe(String uri) {
    Set<String> uris = subscriptions;
    if (uris != null) {
      uris.remove(uri);
    }
  }

  boolean isSubscribed(String uri) {
    Set<String> uris = subscriptions;
    return uris != null && uris.contains(uri);
  }

  /** Tracks a running request, so that {@code notifications/cancelled} can reach it. */
  void started(String requestId, CallContext call) {
    Map<String, CallContext> calls = running;
    if (calls == null) {
      synchronized (this) {
        if (running == null) {
          running = new ConcurrentHashMap<>();
        }
        calls = running;
      }
    }
    calls.put(requestId, call);
    if (closed) {
      call.cancel();
    }
  }

  void finished(String requestId) {
    Map<String, CallContext> calls = running;
    if (calls != null) {
      calls.remove(requestId);
    }
  }

  /** Cancels the running request {@code requestId}, if there is one. */
  void cancel(String requestId) {
    Map<String, CallContext> calls = running;
    CallContext call = calls == null ? null : calls.get(requestId);
    if (call != null) {
      call.cancel();
    }
  }

  /**
   * Ends the session: its running calls are cancelled, its requests to the client fail and it
   * leaves its feed. Idempotent.
   */
  public void close() {
    closed = true;
    Map<String, CallContext> calls = running;
    if (calls != null) {
      calls.values().forEach(CallContext::cancel);
    }
    synchronized (this) {
      if (clientRequests != null) {
        clientRequests.failAll("the session ended");
      }
    }
    UserFeed joined = feed;
    if (joined != null) {
      joined.detach(this);
    }
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }
}
