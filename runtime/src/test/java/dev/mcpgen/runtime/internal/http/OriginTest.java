package dev.mcpgen.runtime.internal.http;

import static dev.mcpgen.runtime.internal.http.Client.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** DNS rebinding protection: Origin and Host against the allow-list. */
class OriginTest {
  private final TestHost host = TestHost.start();
  private final Client client = new Client(host);

  @AfterEach
  void close() {
    host.close();
  }

  private HttpResponse<String> initializeFrom(String origin) {
    return client.send(client.post("/fixture/mcp", Client.INITIALIZE.formatted("2025-11-25"))
        .header("Origin", origin));
  }

  @Test
  void aForeignOriginIs403WithAJsonRpcErrorWithoutId() {
    HttpResponse<String> response = initializeFrom("https://evil.example");
    assertEquals(403, response.statusCode());
    JsonNode error = json(response.body());
    assertTrue(error.get("id").isNull(), response.body());
    assertTrue(error.get("error").get("message").stringValue().contains("evil.example"));
    assertEquals(403, client.send(client.request("/health").header("Origin",
        "http://localhost.evil.example").GET()).statusCode());
    host.awaitCounts(c -> c.sessions() == 0 && c.exchanges() == 0);
  }

  @Test
  void localOriginsAndListedOnesAreAllowed() {
    assertEquals(200, initializeFrom("http://localhost:6274").statusCode());
    assertEquals(200, initializeFrom("http://127.0.0.1").statusCode());
    assertEquals(200, initializeFrom("http://[::1]:3000").statusCode());
    assertEquals(200, initializeFrom("https://allowed.example").statusCode());
    assertEquals(403, initializeFrom("https://allowed.example:8443").statusCode());
    assertEquals(403, initializeFrom("null").statusCode());
  }

  @Test
  void aForeignHostNameIs403() throws IOException {
    assertTrue(rawGet("evil.example").startsWith("HTTP/1.1 403"));
    assertTrue(rawGet("localhost:" + host.port()).startsWith("HTTP/1.1 200"));
    assertTrue(rawGet("[::1]:" + host.port()).startsWith("HTTP/1.1 200"));
  }

  /** The JDK's client will not send a Host header of the test's choosing; a socket will. */
  private String rawGet(String hostHeader) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", host.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /health HTTP/1.1\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
