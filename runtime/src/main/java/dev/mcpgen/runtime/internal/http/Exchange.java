package dev.mcpgen.runtime.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * One HTTP request and its response, as the host needs it and no more: mcpgen's own HTTP/1.1
 * server and a servlet container each adapt theirs to it, so MCP over HTTP is written once.
 *
 * <p>An exchange may be answered after {@link HttpHost#handle} returns, from another thread: a
 * tool call answers when it ends, and an SSE stream stays open. It ends with {@link #respond} or,
 * after {@link #startStream}, with {@link #end}.
 */
public interface Exchange {
  /** The request method, upper case: {@code GET}, {@code POST}... */
  String method();

  /**
   * The request path below where the host is mounted, still percent-encoded, e.g.
   * {@code /calc/mcp}; {@code /} at the mount point itself.
   */
  String path();

  /** The raw query string without {@code ?}, or {@code null}. */
  String query();

  /** The first value of header {@code name} (case-insensitive), or {@code null}. */
  String header(String name);

  /** All values of header {@code name}, each possibly a comma-separated list. */
  Iterable<String> headers(String name);

  /** The request body. */
  InputStream body();

  /**
   * Where the host is mounted, for URLs it sends to clients: empty on its own server, the
   * context and servlet path in a servlet container.
   */
  String mountPath();

  /**
   * Sends the whole response and ends the exchange.
   *
   * @param body the body; empty for none
   * @throws IOException when the client has gone
   */
  void respond(int status, Map<String, String> headers, byte[] body) throws IOException;

  /**
   * Sends the status and headers of a response whose body follows in pieces (an SSE stream).
   * Each {@link OutputStream#flush} pushes what was written to the client.
   *
   * @throws IOException when the client has gone
   */
  OutputStream startStream(int status, Map<String, String> headers) throws IOException;

  /** Ends a streamed response, or drops the connection of an unanswered one. Idempotent. */
  void end();

  /**
   * Runs {@code listener} when the server learns that the client has gone before the exchange
   * ended. Servlet containers and the built-in server tell (it watches each connection's input);
   * where nothing tells, a failed write is the sign, which keep-alive comments provoke on idle
   * streams.
   */
  void onClientGone(Runnable listener);
}
