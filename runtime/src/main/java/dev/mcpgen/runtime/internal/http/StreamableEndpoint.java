package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.http.sse.SseWriter;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcConnection;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.server.ProtocolVersions;
import java.io.IOException;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Streamable HTTP transport of MCP 2025-11-25 at {@code /{server}/mcp}: POST carries
 * messages, GET opens the stream of what the server sends on its own (or resumes any stream with
 * {@code Last-Event-ID}), DELETE ends the session.
 */
final class StreamableEndpoint {
  static final String SESSION_HEADER = "Mcp-Session-Id";
  private static final String VERSION_HEADER = "MCP-Protocol-Version";
  private static final String BATCH_VERSION = "2025-03-26";

  private final HostContext host;
  private final SessionOpener opener;

  StreamableEndpoint(HostContext host, SessionOpener opener) {
    this.host = host;
    this.opener = opener;
  }

  void handle(Exchange exchange, HostedServer server) throws HttpError, IOException {
    String version = exchange.header(VERSION_HEADER);
    if (version != null && !ProtocolVersions.SUPPORTED.contains(version.trim())) {
      throw HttpError.badRequest("unsupported " + VERSION_HEADER + " " + version.trim()
          + "; this server speaks " + String.join(", ", ProtocolVersions.SUPPORTED));
    }
    switch (exchange.method()) {
      case "POST" -> post(exchange, server);
      case "GET" -> get(exchange, server);
      case "DELETE" -> delete(exchange, server);
      default -> throw HttpError.methodNotAllowed(exchange.method(), "GET, POST, DELETE");
    }
  }

  private void post(Exchange exchange, HostedServer server) throws HttpError, IOException {
    boolean mayStream = Requests.accepts(exchange, Responses.EVENT_STREAM);
    if (!mayStream && !Requests.accepts(exchange, Responses.JSON)) {
      throw HttpError.of(406, "Not Acceptable: accept application/json and text/event-stream");
    }
    Requests.requireJson(exchange);
    JsonNode message = parse(exchange);
    if (message == null) {
      return;
    }
    String id = exchange.header(SESSION_HEADER);
    boolean initialize = id == null && isInitialize(message);
    HttpSession session = initialize
        ? opener.open(exchange, server, HttpSession.Kind.STREAMABLE, null)
        : session(exchange, server);
    if (message.isArray() && !BATCH_VERSION.equals(session.protocolVersion())) {
      throw HttpError.badRequest("JSON-RPC batches are only accepted from " + BATCH_VERSION
          + " clients; this session speaks " + session.protocolVersion());
    }
    ScopeCheck.check(message, session, host.authenticator());
    if (!JsonRpcConnection.expectsAnswer(message)) {
      session.receive(message, answer -> {});
      Responses.empty(exchange, 202);
      return;
    }
    session.answerPending();
    Map<String, String> sessionHeader = Map.of(SESSION_HEADER, session.id());
    session.receive(message, new PostReply(exchange, session, host, mayStream,
        () -> !initialize || session.isInitialized() ? sessionHeader : Map.of(),
        () -> answered(session, initialize)));
  }

  private void answered(HttpSession session, boolean initialize) {
    session.answerSent();
    if (initialize && !session.isInitialized()) {
      // initialize was refused: no session came of it.
      host.sessions().end(session);
    }
  }

  private void get(Exchange exchange, HostedServer server) throws HttpError, IOException {
    if (!Requests.accepts(exchange, Responses.EVENT_STREAM)) {
      throw HttpError.of(406, "Not Acceptable: a GET opens a text/event-stream; accept it");
    }
    HttpSession session = session(exchange, server);
    String lastEventId = exchange.header("Last-Event-ID");
    if (lastEventId != null) {
      resume(exchange, session, lastEventId.trim());
      return;
    }
    if (session.standalone().isAttached()) {
      throw HttpError.of(409, "Conflict: this session has its GET stream open already; "
          + "a session has one");
    }
    SseWriter writer = host.openStream(exchange, Map.of());
    session.standalone().attach(writer, -1, HostContext.primes(session.protocolVersion()));
  }

  private void resume(Exchange exchange, HttpSession session, String lastEventId)
      throws HttpError, IOException {
    int dash = lastEventId.indexOf('-');
    int stream;
    long sequence;
    try {
      stream = Integer.parseInt(lastEventId.substring(0, Math.max(dash, 0)));
      sequence = Long.parseLong(lastEventId.substring(dash + 1));
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("Last-Event-ID " + abbreviate(lastEventId)
          + " is not an event id of this server");
    }
    if (!session.hasStream(stream)) {
      throw HttpError.badRequest("Last-Event-ID " + abbreviate(lastEventId)
          + " names no stream of this session");
    }
    session.resume(stream, sequence, host.openStream(exchange, Map.of()));
  }

  private void delete(Exchange exchange, HostedServer server) throws HttpError, IOException {
    host.sessions().end(session(exchange, server));
    Responses.empty(exchange, 204);
  }

  /**
   * The session the request names, if the request comes from its user: 400 without one, 404
   * for one the host does not know or that belongs to someone else, 401 when the request does
   * not authenticate.
   */
  private HttpSession session(Exchange exchange, HostedServer server) throws HttpError {
    String id = exchange.header(SESSION_HEADER);
    if (id == null) {
      throw HttpError.badRequest("the " + SESSION_HEADER + " header is missing; send the id "
          + "the initialize response gave, or initialize to start a session");
    }
    HttpSession session = host.sessions().get(id.trim());
    if (session == null || session.server() != server
        || session.kind() != HttpSession.Kind.STREAMABLE) {
      throw HttpError.sessionNotFound();
    }
    opener.verify(exchange, session);
    return session;
  }

  /** The message or batch; {@code null} after answering a body that is not JSON with 400. */
  private JsonNode parse(Exchange exchange) throws HttpError, IOException {
    byte[] body = Requests.body(exchange, host.settings().maxRequestBytes());
    try {
      JsonNode message = JsonRpcCodec.parse(body);
      if (message == null) {
        throw HttpError.badRequest("the body is empty; send a JSON-RPC message");
      }
      return message;
    } catch (JsonRpcError e) {
      Responses.error(exchange, 400, e);
      return null;
    }
  }

  private static boolean isInitialize(JsonNode message) {
    return message.isObject() && message.has("id")
        && "initialize".equals(message.path("method").asString(null));
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }
}
