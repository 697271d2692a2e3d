package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.AuthenticationException;
import dev.mcpgen.runtime.spi.Authenticator;
import java.lang.System.Logger.Level;

/** Opens sessions for whoever the {@link Authenticator} says the client is. */
final class SessionOpener {
  private static final System.Logger LOG = System.getLogger(SessionOpener.class.getName());

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
    }
    UserContext user;
    try {
      user = host.authenticator().authenticate(
          new Authenticator.Request(server.name(), userId, apiKey, exchange::header));
    } catch (AuthenticationException e) {
      // The user id is no secret; the key is, and is never logged.
      LOG.log(Level.INFO, "Refused a session of user {0} on {1}: {2}", userId, server.name(),
          e.getMessage());
      throw new HttpError(401, HttpError.SERVER_ERROR, "Unauthorized: " + e.getMessage(),
          java.util.Map.of());
    }
    if (user == null) {
      throw new IllegalStateException(host.authenticator().getClass().getName()
          + ".authenticate returned null; throw AuthenticationException to refuse");
    }
    return host.sessions().open(server, user, kind, pathKey);
  }
}
