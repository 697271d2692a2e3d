package dev.mcpgen.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in server's HTTP/1.1, byte by byte on raw sockets: framing, pipelining, refusals of
 * what it cannot read, and its limits on connections and on clients that stall or leave.
 */
class HttpWireTest {
  private static final String HEALTH = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

  private TestHost host = TestHost.start();

  @AfterEach
  void close() {
    host.close();
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws IOException {
    try (Wire wire = new Wire(host.port())) {
      wire.send(HEALTH + HEALTH.replace("/health", "/nowhere") + HEALTH);
      assertEquals(200, wire.response().status());
      assertEquals(404, wire.response().status());
      Response third = wire.response();
      assertEquals(200, third.status());
      assertTrue(third.body().contains("\"servers\""), third.body());
    }
  }

  @Test
  void aChunkedBodyIsReadWhole() throws IOException {
    String body = Client.INITIALIZE.formatted("2025-11-25");
    int half = body.length() / 2;
    try (Wire wire = new Wire(host.port())) {
      wire.send(post("/fixture/mcp", "Transfer-Encoding: chunked\r\n")
          + Integer.toHexString(half) + ";ext=1\r\n" + body.substring(0, half) + "\r\n"
          + Integer.toHexString(body.length() - half) + "\r\n" + body.substring(half) + "\r\n"
          + "0\r\nTrailer: ignored\r\n\r\n" + HEALTH);
      Response initialized = wire.response();
      assertEquals(200, initialized.status(), initialized.body());
      assertTrue(initialized.headers().containsKey("mcp-session-id"));
      assertEquals(200, wire.response().status(), "the connection goes on after the body");
    }
  }

  @Test
  void aClientThatExpectsToBeToldToContinueIsToldBeforeSendingTheBody() throws IOException {
    String body = Client.INITIALIZE.formatted("2025-11-25");
    try (Wire wire = new Wire(host.port())) {
      wire.send(post("/fixture/mcp", "Expect: 100-continue\r\nContent-Length: " + body.length()
          + "\r\n"));
      assertEquals(100, wire.response().status());
      wire.send(body);
      assertEquals(200, wire.response().status());
    }
  }

  @Test
  void aStreamedResponseIsChunkedAndTheConnectionGoesOnAfterIt() throws IOException {
    String id = new Client(host).initialize("/other/mcp");
    String call = Client.call(3, "notify", "{\"count\":2}");
    try (Wire wire = new Wire(host.port())) {
      wire.send(post("/other/mcp", "Mcp-Session-Id: " + id + "\r\nContent-Length: "
          + call.length() + "\r\n") + call);
      Response stream = wire.response();
      assertEquals("chunked", stream.headers().get("transfer-encoding"));
      assertTrue(stream.body().contains("message 2") && stream.body().contains("\"id\":3"),
          stream.body());
      wire.send(HEALTH);
      assertEquals(200, wire.response().status());
    }
  }

  @Test
  void whatIsNotHttpIsRefusedAndTheConnectionClosed() throws IOException {
    Map<String, Integer> requests = Map.of(
        "GARBAGE\r\n\r\n", 400,
        "GET /health HTTP/2.0\r\n\r\n", 505,
        "GET health HTTP/1.1\r\n\r\n", 400,
        "GET /health HTTP/1.1\r\nBad Header\r\n\r\n", 400,
        "GET /health HTTP/1.1\r\n folded: value\r\n\r\n", 400,
        "GET /" + "x".repeat(20_000) + " HTTP/1.1\r\n\r\n", 414,
        "GET /health HTTP/1.1\r\nX-Big: " + "x".repeat(20_000) + "\r\n\r\n", 431,
        "GET /health HTTP/1.1\r\n" + "X-Many: 1\r\n".repeat(101) + "\r\n", 431,
        post("/fixture/mcp", "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") + "{}", 400,
        post("/fixture/mcp", "Content-Length: 2\r\nContent-Length: 3\r\n") + "{}", 400);
    for (Map.Entry<String, Integer> request : requests.entrySet()) {
      try (Wire wire = new Wire(host.port())) {
        wire.send(request.getKey());
        Response refusal = wire.response();
        assertEquals(request.getValue(), refusal.status(), request.getKey());
        assertEquals("close", refusal.headers().get("connection"));
        assertTrue(wire.isClosedByServer(), "closed after " + request.getKey());
      }
    }
  }

  @Test
  void anHttp10ClientGetsItsAnswerThenTheConnectionCloses() throws IOException {
    try (Wire wire = new Wire(host.port())) {
      wire.send("GET /health HTTP/1.0\r\n\r\n");
      assertEquals(200, wire.response().status());
      assertTrue(wire.isClosedByServer());
    }
  }

  @Test
  void aClientThatAsksToCloseIsClosedAfterItsAnswer() throws IOException {
    try (Wire wire = new Wire(host.port())) {
      wire.send("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n");
      Response response = wire.response();
      assertEquals(200, response.status());
      assertEquals("close", response.headers().get("connection"));
      assertTrue(wire.isClosedByServer());
    }
  }

  @Test
  void aClientThatStallsMidRequestIsDropped() throws IOException {
    restart(settings(100, Duration.ofMillis(300), Duration.ofSeconds(15)));
    try (Wire wire = new Wire(host.port())) {
      wire.send(post("/fixture/mcp", "Content-Length: 100\r\n") + "{\"jsonrpc\":");
      assertTrue(wire.isClosedByServer(), "dropped after the read timeout");
    }
    try (Wire idle = new Wire(host.port())) {
      assertTrue(idle.isClosedByServer(), "an idle connection is dropped too");
    }
  }

  @Test
  void connectionsBeyondTheLimitAreRefusedWith503() throws IOException {
    restart(settings(2, Duration.ofSeconds(30), Duration.ofSeconds(15)));
    try (Wire first = new Wire(host.port()); Wire second = new Wire(host.port())) {
      first.send(HEALTH);
      second.send(HEALTH);
      assertEquals(200, first.response().status());
      assertEquals(200, second.response().status());
      try (Wire third = new Wire(host.port())) {
        Response busy = third.response();
        assertEquals(503, busy.status());
        assertEquals("1", busy.headers().get("retry-after"));
      }
    }
    host.awaitConnections(0);
    try (Wire later = new Wire(host.port())) {
      later.send(HEALTH);
      assertEquals(200, later.response().status(), "a closed connection makes room");
    }
  }

  @Test
  void aClientThatLeavesEndsItsEventStreamAtOnce() throws IOException {
    // Keep-alives too rare to notice it: the closed connection itself must tell.
    restart(settings(100, Duration.ofSeconds(30), Duration.ofMinutes(5)));
    String id = new Client(host).initialize("/fixture/mcp");
    Wire wire = new Wire(host.port());
    wire.send("GET /fixture/mcp HTTP/1.1\r\nAccept: text/event-stream\r\nMcp-Session-Id: " + id
        + "\r\n\r\n");
    assertEquals(200, wire.head().status());
    host.awaitCounts(counts -> counts.streams() == 1);
    wire.close();
    host.awaitCounts(counts -> counts.streams() == 0 && counts.exchanges() == 0);
  }

  private void restart(HttpSettings settings) {
    host.close();
    host = TestHost.start(settings);
  }

  private static HttpSettings settings(int maxConnections, Duration readTimeout,
      Duration keepAlive) {
    HttpSettings base = TestHost.settings();
    return new HttpSettings(base.maxSessions(), base.maxInstances(), base.maxRequestBytes(),
        base.maxQueuedMessages(), base.replayEvents(), base.sessionIdleTimeout(),
        base.instanceIdleTimeout(), keepAlive, base.sseRetry(), maxConnections, readTimeout);
  }

  private static String post(String path, String fields) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Accept: " + Client.BOTH + "\r\n" + fields + "\r\n";
  }

  /** A response as read off the wire: header names in lower case, the body de-chunked. */
  record Response(int status, Map<String, String> headers, String body) {}

  /** One raw connection. */
  private static final class Wire implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Wire(int port) throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout((int) TestHost.PATIENCE.toMillis());
      in = socket.getInputStream();
      out = socket.getOutputStream();
    }

    void send(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    /** The status line and header fields of the next response; its body left unread. */
    Response head() throws IOException {
      String[] status = line().split(" ", 3);
      Map<String, String> headers = new TreeMap<>();
      for (String line = line(); !line.isEmpty(); line = line()) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
      return new Response(Integer.parseInt(status[1]), headers, "");
    }

    Response response() throws IOException {
      Response head = head();
      int code = head.status();
      Map<String, String> headers = head.headers();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      if ("chunked".equals(headers.get("transfer-encoding"))) {
        for (int size = Integer.parseInt(line(), 16); size > 0;
            size = Integer.parseInt(line(), 16)) {
          body.write(in.readNBytes(size));
          line();
        }
        line();
      } else if (headers.containsKey("content-length")) {
        body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
      }
      return new Response(code, headers, body.toString(StandardCharsets.UTF_8));
    }

    /** Whether the server closes the connection (rather than the patience running out). */
    boolean isClosedByServer() {
      try {
        return in.read() < 0;
      } catch (IOException e) {
        return e.getMessage() != null && e.getMessage().contains("reset");
      }
    }

    private String line() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("The connection ended inside a line");
        }
        line.write(b);
      }
      String text = line.toString(StandardCharsets.ISO_8859_1);
      return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
