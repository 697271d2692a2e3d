package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Names;
import dev.mcpgen.runtime.spi.AuthenticationException;
import dev.mcpgen.runtime.spi.Authenticator;
import java.lang.System.Logger.Level;
import java.util.Map;

/**
 * Opens sessions for whoever the {@link Authenticator} says the client is, and checks every
 * later request of a session the same way: a session id is bound to the user who opened it, so
 * it is worth nothing to anyone else, even if it leaks.
 */
final class SessionOpener {
  private static final System.Logger LOG = System.getLogger(SessionOpener.class.getName());

  /** The challenge of a refusal whose authenticator names none (RFC 6750 section 3). */
  private static final String DEFAULT_CHALLENGE = "Bearer realm=\"mcp\"";

  private final HostContext host;

  SessionOpener(HostContext host) {
    this.host = host;
  }

  /**
   * A new session on {@code server}.
   *
   * @param pathKey the seed's {@code userId[:apiKey]} path segment, still percent-encoded, or
   *     {@code null} for the host's default user
   * @throws HttpError 401 when the authenticator refuses, 503 at a limit
   */
  HttpSession open(Exchange exchange, HostedServer server, HttpSession.Kind kind, String pathKey)
      throws HttpError {
    return host.sessions().open(server, authenticate(exchange, server, pathKey), kind, pathKey);
  }

  /**
   * Checks that a request naming {@code session} comes from the session's user.
   *
   * @throws HttpError 401 when the request does not authenticate, 404 (as for an unknown
   *     session, so ids cannot be probed) when it authenticates as someone else
   */
  void verify(Exchange exchange, HttpSession session) throws HttpError {
    if (host.authenticator() == Authenticator.TRUST_CLAIMED) {
      return; // Nothing is checked on this host: the session id is the only secret.
    }
    UserContext user = authenticate(exchange, session.server(), session.pathKey());
    if (!user.userId().equals(session.user().userId())) {
      LOG.log(Level.WARNING, "User {0} presented a session of user {1} on {2}; refused",
          user.userId(), session.user().userId(), session.server().name());
      throw HttpError.sessionNotFound();
    }
    // A client that was refused for lacking a scope comes back with a wider token.
    session.renew(user);
  }

  private UserContext authenticate(Exchange exchange, HostedServer server, String pathKey)
      throws HttpError {
    String userId = host.defaultUserId();
    String apiKey = null;
    if (pathKey != null) {
      String decoded = Requests.decode(pathKey);
      if (decoded == null || decoded.isEmpty() || decoded.startsWith(":")) {
        throw HttpError.badRequest("the path names no user: use /" + server.name()
            + "/{userId} or /" + server.name() + "/{userId}:{apiKey}");
      }
      int colon = decoded.indexOf(':');
      userId = colon < 0 ? decoded : decoded.substring(0, colon);
      apiKey = colon < 0 ? null : decoded.substring(colon + 1);
      try {
        Names.check("user id", userId);
      } catch (IllegalArgumentException e) {
        throw HttpError.badRequest(e.getMessage());
      }
    }
    UserContext user;
    try {
      user = host.authenticator().authenticate(
          new Authenticator.Request(server.name(), userId, apiKey, exchange::header));
    } catch (AuthenticationException e) {
      // The user id is no secret; the key is, and is never logged.
      LOG.log(Level.INFO, "Refused user {0} on {1}: {2}", userId, server.name(),
          e.getMessage());
      throw new HttpError(401, HttpError.SERVER_ERROR, "Unauthorized: " + e.getMessage(),
          Map.of("WWW-Authenticate",
              e.challenge() != null ? e.challenge() : DEFAULT_CHALLENGE));
    }
    if (user == null) {
      throw new IllegalStateException(host.authenticator().getClass().getName()
          + ".authenticate returned null; throw AuthenticationException to refuse");
    }
    return user;
  }
}
