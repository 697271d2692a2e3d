package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.http.sse.SseStream;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The host's live sessions, by id, within {@link HttpSettings#maxSessions}. A session ends when
 * its client deletes it, when its legacy SSE stream closes, when it has been idle for the idle
 * timeout, or when the host closes.
 */
final class SessionRegistry {
  private static final System.Logger LOG = System.getLogger(SessionRegistry.class.getName());

  /** 256 bits, base64url: unguessable, and visible ASCII as the spec requires. */
  private static final int ID_BYTES = 32;
  private static final SseStream.Format LEGACY_FORMAT = new SseStream.Format(false, "message", -1);

  private final HttpSettings settings;
  private final InstanceCache instances;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
  private final AtomicInteger reserved = new AtomicInteger();
  // Every session of a kind streams alike: one format each, not one per session.
  private final SseStream.Format streamableFormat;

  SessionRegistry(HttpSettings settings, InstanceCache instances) {
    this.settings = settings;
    this.instances = instances;
    this.streamableFormat = new SseStream.Format(true, null, settings.sseRetry().toMillis());
  }

  private SseStream.Format format(HttpSession.Kind kind) {
    return kind == HttpSession.Kind.STREAMABLE ? streamableFormat : LEGACY_FORMAT;
  }

  /**
   * A new session of {@code user} on {@code server}.
   *
   * @param pathKey the seed's {@code userId[:apiKey]} path segment, or {@code null}
   * @throws HttpError 503 when the host has as many sessions or instances as it may
   */
  HttpSession open(HostedServer server, UserContext user, HttpSession.Kind kind, String pathKey)
      throws HttpError {
    if (reserved.incrementAndGet() > settings.maxSessions()) {
      reserved.decrementAndGet();
      throw HttpError.limit("Service Unavailable: the host has its maximum of "
          + settings.maxSessions() + " sessions open (mcpgen.http.maxSessions); end unused "
          + "sessions with DELETE or try again later");
    }
    try {
      InstanceCache.Lease lease = instances.acquire(server.name(), server.factory(), user);
      HttpSession session =
          new HttpSession(newId(), server, user, kind, pathKey, settings, format(kind), lease);
      sessions.put(session.id(), session);
      LOG.log(Level.DEBUG, "Session {0} opened on {1} for user {2}", session.shortId(),
          server.name(), user.userId());
      return session;
    } catch (HttpError | RuntimeException e) {
      reserved.decrementAndGet();
      throw e;
    }
  }

  /** The live session {@code id}, or {@code null}. */
  HttpSession get(String id) {
    return id == null ? null : sessions.get(id);
  }

  /** Ends {@code session}; a no-op when it has ended already. */
  void end(HttpSession session) {
    if (sessions.remove(session.id(), session)) {
      reserved.decrementAndGet();
      session.end();
      LOG.log(Level.DEBUG, "Session {0} ended", session.shortId());
    }
  }

  /** Ends the sessions idle for longer than the idle timeout. */
  void sweep() {
    long now = System.nanoTime();
    long timeout = settings.sessionIdleTimeout().toNanos();
    for (HttpSession session : List.copyOf(sessions.values())) {
      if (session.isIdle(now, timeout)) {
        end(session);
      }
    }
  }

  /** Sends keep-alive comments on every open stream. */
  void keepAlive() {
    sessions.values().forEach(HttpSession::keepAlive);
  }

  int size() {
    return sessions.size();
  }

  int size(String server) {
    return (int) sessions.values().stream().filter(s -> s.server().name().equals(server))
        .count();
  }

  /** Ends every session: the host is closing. */
  void endAll() {
    new ArrayList<>(sessions.values()).forEach(this::end);
  }

  private String newId() {
    byte[] bytes = new byte[ID_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
