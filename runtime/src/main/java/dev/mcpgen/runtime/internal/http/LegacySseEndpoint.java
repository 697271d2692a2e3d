package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.http.sse.Sse;
import dev.mcpgen.runtime.internal.http.sse.SseWriter;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP+SSE transport of MCP 2024-11-05, for older clients: a GET opens a session and its SSE
 * stream, whose first event names the URL to POST messages to; every answer comes on the stream.
 * The session lasts as long as the stream.
 *
 * <p>Two forms: {@code GET /{server}/sse} posting to {@code /{server}/messages?sessionId=...},
 * and the seed's {@code GET /{server}/{userId}[:{apiKey}]} posting to
 * {@code /{server}/{userId}[:{apiKey}]/messages/?session_id=...}, which names the user.
 */
final class LegacySseEndpoint {
  private final HostContext host;
  private final SessionOpener opener;

  LegacySseEndpoint(HostContext host, SessionOpener opener) {
    this.host = host;
    this.opener = opener;
  }

  /**
   * Opens a session and answers with its stream.
   *
   * @param pathKey the {@code userId[:apiKey]} segment, or {@code null} for {@code /sse}
   */
  void open(Exchange exchange, HostedServer server, String pathKey)
      throws HttpError, IOException {
    if (!exchange.method().equals("GET")) {
      throw HttpError.methodNotAllowed(exchange.method(), "GET");
    }
    HttpSession session = opener.open(exchange, server, HttpSession.Kind.LEGACY, pathKey);
    SseWriter writer;
    try {
      writer = host.openStream(exchange, Map.of());
    } catch (IOException e) {
      host.sessions().end(session);
      throw e;
    }
    String base = exchange.mountPath() + "/" + Requests.encode(server.name());
    String endpoint = pathKey == null
        ? base + "/messages?sessionId=" + session.id()
        : base + "/" + pathKey + "/messages/?session_id=" + session.id();
    session.standalone().onDetached(() -> host.sessions().end(session));
    // Attached before the endpoint event goes out: a client may POST the moment it reads the
    // endpoint, and legacy events have no ids to replay, so an answer sent to a stream with no
    // writer yet would be lost.
    session.standalone().attach(writer, -1, false);
    writer.offer(Sse.event(null, "endpoint", endpoint.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Passes a POSTed message to its session; answers come on the session's stream.
   *
   * @param pathKey the {@code userId[:apiKey]} segment the POST came under, or {@code null}
   */
  void post(Exchange exchange, HostedServer server, String pathKey)
      throws HttpError, IOException {
    if (!exchange.method().equals("POST")) {
      throw HttpError.methodNotAllowed(exchange.method(), "POST");
    }
    HttpSession session = session(exchange, server, pathKey);
    Requests.requireJson(exchange);
    byte[] body = Requests.body(exchange, host.settings().maxRequestBytes());
    JsonNode message;
    try {
      message = JsonRpcCodec.parse(body);
    } catch (JsonRpcError e) {
      Responses.error(exchange, 400, e);
      return;
    }
    if (message == null) {
      throw HttpError.badRequest("the body is empty; send a JSON-RPC message");
    }
    session.receive(message, session.outbound());
    exchange.respond(202, Map.of("Content-Type", "text/plain"),
        "Accepted".getBytes(StandardCharsets.US_ASCII));
  }

  private HttpSession session(Exchange exchange, HostedServer server, String pathKey)
      throws HttpError {
    String id = Requests.queryParameter(exchange.query(), "sessionId");
    if (id == null) {
      id = Requests.queryParameter(exchange.query(), "session_id");
    }
    if (id == null) {
      throw HttpError.badRequest("the sessionId query parameter is missing; POST to the URL "
          + "of the stream's endpoint event");
    }
    HttpSession session = host.sessions().get(id);
    if (session == null || session.server() != server
        || session.kind() != HttpSession.Kind.LEGACY
        || !Objects.equals(decoded(pathKey), decoded(session.pathKey()))) {
      throw HttpError.sessionNotFound();
    }
    opener.verify(exchange, session);
    return session;
  }

  private static String decoded(String pathKey) {
    return pathKey == null ? null : Requests.decode(pathKey);
  }
}
