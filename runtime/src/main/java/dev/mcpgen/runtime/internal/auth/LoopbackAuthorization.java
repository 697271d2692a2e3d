package dev.mcpgen.runtime.internal.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mcpgen.runtime.OAuthToken;
import dev.mcpgen.runtime.spi.CredentialsException;
import dev.mcpgen.runtime.spi.OAuthClientConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OAuth 2.0 authorization-code flow for a native application (RFC 8252): the user's browser
 * is sent to the authorization server and back to {@code http://127.0.0.1:<port>/callback} on an
 * ephemeral port, with PKCE ({@code S256}) and a random {@code state} that the callback must
 * echo; the code is then exchanged for a token.
 */
public final class LoopbackAuthorization {
  private final OAuthClientConfig client;
  private final HttpClient http;
  private final Clock clock;
  private final Duration patience;

  /**
   * A flow for {@code client}, waiting up to {@code patience} for the user to consent.
   *
   * @param http the client that reaches the token endpoint
   */
  public LoopbackAuthorization(OAuthClientConfig client, HttpClient http, Clock clock,
      Duration patience) {
    this.client = client;
    this.http = http;
    this.clock = clock;
    this.patience = patience;
  }

  /**
   * Runs the flow, printing the URL to open on {@code prompt}.
   *
   * @throws CredentialsException when the user refuses, time runs out or the exchange fails
   */
  public OAuthToken authorize(PrintStream prompt) throws InterruptedException {
    Pkce pkce = Pkce.create();
    String state = Pkce.random();
    CompletableFuture<String> code = new CompletableFuture<>();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new CredentialsException("Cannot listen on the loopback interface for the OAuth "
          + "redirect: " + e.getMessage(), e);
    }
    server.createContext("/callback", exchange -> callback(exchange, state, code));
    server.start();
    try {
      String redirectUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
      prompt.println("Open this URL in a browser to sign in:");
      prompt.println(authorizationUrl(redirectUri, state, pkce.challenge()));
      prompt.flush();
      return new TokenEndpoint(client, http, clock)
          .exchange(await(code), redirectUri, pkce.verifier());
    } finally {
      server.stop(0);
    }
  }

  private String authorizationUrl(String redirectUri, String state, String challenge) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", client.clientId());
    query.put("redirect_uri", redirectUri);
    if (!client.scopes().isEmpty()) {
      query.put("scope", String.join(" ", client.scopes()));
    }
    query.put("state", state);
    query.put("code_challenge", challenge);
    query.put("code_challenge_method", "S256");
    String endpoint = client.authorizationEndpoint();
    return endpoint + (endpoint.contains("?") ? "&" : "?") + TokenEndpoint.encode(query);
  }

  /**
   * Takes the code only with the right {@code state}: any other request to the port (another
   * page, a forged redirect) is refused and the flow keeps waiting for the real one.
   */
  private static void callback(HttpExchange exchange, String state,
      CompletableFuture<String> code) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String received = query.getOrDefault("state", "");
    if (!MessageDigest.isEqual(received.getBytes(StandardCharsets.UTF_8),
        state.getBytes(StandardCharsets.UTF_8))) {
      respond(exchange, 400, "Unexpected state: this is not the sign-in this program started.");
    } else if (query.containsKey("error")) {
      // The page goes out before the flow resumes, as resuming stops this server.
      try {
        respond(exchange, 200, "Sign-in refused. You can close this window.");
      } finally {
        code.completeExceptionally(new CredentialsException("The authorization server refused: "
            + query.get("error") + " " + query.getOrDefault("error_description", "")));
      }
    } else if (query.containsKey("code")) {
      try {
        respond(exchange, 200, "Signed in. You can close this window.");
      } finally {
        code.complete(query.get("code"));
      }
    } else {
      respond(exchange, 400, "No code in the redirect.");
    }
  }

  private String await(CompletableFuture<String> code) throws InterruptedException {
    try {
      return code.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new CredentialsException("No sign-in within " + patience.toSeconds()
          + " seconds; run auth again");
    } catch (ExecutionException e) {
      throw (CredentialsException) e.getCause();
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
