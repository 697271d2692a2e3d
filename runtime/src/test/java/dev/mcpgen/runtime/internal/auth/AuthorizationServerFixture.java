package dev.mcpgen.runtime.internal.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small OAuth 2.0 authorization server for tests: {@code /authorize} consents at once and
 * redirects with a code (insisting on PKCE S256 and a state), {@code /token} exchanges a code
 * only with the matching verifier and redirect URI, and renews refresh tokens without issuing
 * new ones. Tokens expire in {@code expiresIn} seconds.
 */
final class AuthorizationServerFixture implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String[]> codes = new ConcurrentHashMap<>();
  private final AtomicInteger issued = new AtomicInteger();
  private final long expiresIn;

  AuthorizationServerFixture(long expiresIn) throws IOException {
    this.expiresIn = expiresIn;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** How many access tokens were issued. */
  int issued() {
    return issued.get();
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    if (!"code".equals(query.get("response_type")) || !"app".equals(query.get("client_id"))
        || !"S256".equals(query.get("code_challenge_method")) || query.get("state") == null
        || !query.get("redirect_uri").startsWith("http://127.0.0.1:")) {
      respond(exchange, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    String code = "code-" + codes.size();
    codes.put(code, new String[] {query.get("code_challenge"), query.get("redirect_uri")});
    exchange.getResponseHeaders().set("Location", query.get("redirect_uri") + "?code=" + code
        + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    boolean valid = switch (form.getOrDefault("grant_type", "")) {
      case "authorization_code" -> {
        String[] expected = codes.remove(form.getOrDefault("code", ""));
        yield expected != null && expected[1].equals(form.get("redirect_uri"))
            && expected[0].equals(Pkce.challenge(form.getOrDefault("code_verifier", "")));
      }
      case "refresh_token" -> "refresh-1".equals(form.get("refresh_token"));
      default -> false;
    };
    if (!valid || !"app".equals(form.get("client_id"))) {
      respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"no\"}");
      return;
    }
    int n = issued.incrementAndGet();
    String refresh = form.get("grant_type").equals("authorization_code")
        ? ",\"refresh_token\":\"refresh-1\"" : "";
    respond(exchange, 200, "{\"access_token\":\"access-" + n + "\",\"token_type\":\"Bearer\","
        + "\"expires_in\":" + expiresIn + refresh + "}");
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> values = new HashMap<>();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      String[] parts = pair.split("=", 2);
      values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
    }
    return values;
  }

  private static void respond(HttpExchange exchange, int status, String json)
      throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
