package dev.mcpgen.runtime.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.spi.AuthenticationException;
import dev.mcpgen.runtime.spi.Authenticator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OAuth access tokens checked by introspection against a local authorization server that knows
 * three tokens: one for the notes server, one for another resource, one revoked.
 */
class BearerTokenAuthenticatorTest {
  private static final String BASE = "https://mcp.example.com";
  private static final Map<String, String> TOKENS = Map.of(
      "good", "{\"active\":true,\"sub\":\"alice\",\"scope\":\"notes:read notes:write\","
          + "\"aud\":[\"https://mcp.example.com/notes/mcp\"]}",
      "elsewhere", "{\"active\":true,\"sub\":\"alice\",\"aud\":\"https://other.example/mcp\"}",
      "revoked", "{\"active\":false}");

  private final HttpServer introspection = introspection();
  private final ResourceMetadata notes = ResourceMetadata.of(BASE, "/notes/mcp",
      List.of("https://as.example.com"), Set.of("notes:write", "notes:read"));
  private final Authenticator authenticator = new BearerTokenAuthenticator(
      new IntrospectionTokenValidator(URI.create("http://127.0.0.1:"
          + introspection.getAddress().getPort() + "/introspect"), "rs", "secret",
          HttpClient.newHttpClient(), Clock.systemUTC()), server -> notes);

  private static HttpServer introspection() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/introspect", exchange -> {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean client = ("Basic " + Base64.getEncoder().encodeToString(
            "rs:secret".getBytes(StandardCharsets.UTF_8)))
            .equals(exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] body = (client ? TOKENS.getOrDefault(form.substring("token=".length()),
            "{\"active\":false}") : "{}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(client ? 200 : 401, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void stop() {
    introspection.stop(0);
  }

  private static Authenticator.Request withHeader(String authorization) {
    return new Authenticator.Request("notes", "local", null,
        name -> name.equals("Authorization") ? authorization : null);
  }

  @Test
  void aValidTokenForThisResourceNamesItsUserAndScopes() throws Exception {
    UserContext user = authenticator.authenticate(withHeader("Bearer good"));

    assertEquals(new UserContext("alice", null, Set.of("notes:read", "notes:write")), user);
  }

  @Test
  void noTokenIsAChallengePointingToTheResourceMetadata() {
    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> authenticator.authenticate(withHeader(null)));

    assertEquals("an access token is required", e.getMessage());
    assertEquals("Bearer resource_metadata=\"https://mcp.example.com/.well-known/"
        + "oauth-protected-resource/notes/mcp\", scope=\"notes:read notes:write\"",
        e.challenge());
  }

  @Test
  void aTokenIssuedForAnotherResourceIsRefused() {
    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> authenticator.authenticate(withHeader("Bearer elsewhere")));

    assertEquals("the access token was not issued for https://mcp.example.com/notes/mcp",
        e.getMessage());
    assertEquals(notes.unauthorized(), e.challenge());
  }

  @Test
  void anInactiveOrUnknownTokenIsRefused() {
    assertThrows(AuthenticationException.class,
        () -> authenticator.authenticate(withHeader("Bearer revoked")));
    assertThrows(AuthenticationException.class,
        () -> authenticator.authenticate(withHeader("Bearer forged")));
  }

  @Test
  void theMetadataDocumentFollowsRfc9728() {
    assertEquals(Json.MAPPER.readTree("""
        {"resource":"https://mcp.example.com/notes/mcp",
         "authorization_servers":["https://as.example.com"],
         "scopes_supported":["notes:read","notes:write"],
         "bearer_methods_supported":["header"]}"""), notes.json());
    assertEquals("Bearer error=\"insufficient_scope\", scope=\"notes:write\", resource_metadata="
        + "\"https://mcp.example.com/.well-known/oauth-protected-resource/notes/mcp\"",
        notes.insufficientScope(Set.of("notes:write")));
  }
}
