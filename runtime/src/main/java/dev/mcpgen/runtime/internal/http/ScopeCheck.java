package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.auth.BearerTokenAuthenticator;
import dev.mcpgen.runtime.internal.server.ToolCaller;
import dev.mcpgen.runtime.spi.Authenticator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Refuses, with HTTP 403 {@code insufficient_scope}, a {@code tools/call} whose caller's token
 * lacks a scope the tool requires, so an OAuth client can ask the user for more (MCP
 * 2025-11-25, scope challenge handling). Only on hosts that check OAuth tokens; the protocol
 * core refuses such calls on any transport anyway, as a JSON-RPC error.
 */
final class ScopeCheck {
  private ScopeCheck() {}

  /** @throws HttpError 403 with the challenge naming the scopes needed */
  static void check(JsonNode message, HttpSession session, Authenticator authenticator)
      throws HttpError {
    if (!(authenticator instanceof BearerTokenAuthenticator bearer) || !message.isObject()
        || !"tools/call".equals(message.path("method").asString(null))) {
      return;
    }
    String tool = message.path("params").path("name").asString("");
    Set<String> needed = session.server().factory().toolScopes().getOrDefault(tool, Set.of());
    if (!session.user().grants(needed)) {
      throw new HttpError(403, ToolCaller.INSUFFICIENT_SCOPE,
          "Forbidden: insufficient scope: tool '" + tool + "' requires " + new TreeSet<>(needed),
          Map.of("WWW-Authenticate",
              bearer.metadata(session.server().name()).insufficientScope(needed)));
    }
  }
}
