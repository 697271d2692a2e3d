package dev.mcpgen.benchmarks.peer.canned;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP ceiling: the JDK's HTTP server answering every POST to {@code /bench/mcp} with a canned
 * JSON response, notifications with 202. Run with {@code -Dsun.net.httpserver.nodelay=true}.
 */
public final class CannedHttp {
  private CannedHttp() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[args.length - 1]);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
    server.createContext("/bench/mcp", CannedHttp::handle);
    server.start();
    System.err.println("canned peer: http on port " + port);
  }

  private static void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    byte[] prefix = Canned.prefixFor(body, body.length);
    if (prefix == null) {
      exchange.sendResponseHeaders(202, -1);
      exchange.close();
      return;
    }
    byte[] id = Canned.id(body, body.length).getBytes(StandardCharsets.US_ASCII);
    byte[] response = new byte[prefix.length + id.length + 1];
    System.arraycopy(prefix, 0, response, 0, prefix.length);
    System.arraycopy(id, 0, response, prefix.length, id.length);
    response[response.length - 1] = '}';
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Mcp-Session-Id", "canned");
    exchange.sendResponseHeaders(200, response.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response);
    }
  }
}
