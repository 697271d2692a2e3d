package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
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
   * @param elicitation whether it asks its user ({@code elicitation/create})
   */
  public record ClientCapabilities(boolean roots, boolean sampling, boolean elicitation) {}

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
}
