package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.fixture.OtherServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that vanish mid-conversation leave nothing behind: hundreds of streams and
 * half-finished requests are dropped without a goodbye (TCP reset), and the host's sessions,
 * instances, streams and exchanges all come back to zero.
 */
class LeakTest {
  private static final int LEGACY_STREAMS = 150;
  private static final int GET_STREAMS = 50;
  private static final int HALF_POSTS = 40;
  private static final int PENDING_CALLS = 20;

  @Test
  void abandonedConnectionsLeaveNoSessionStreamExchangeOrInstance() throws IOException {
    HttpSettings quick = new HttpSettings(1000, 1000, 65536, 50, 20, Duration.ofMillis(300),
        Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(500), 1000,
        Duration.ofSeconds(30));
    List<Socket> sockets = new ArrayList<>();
    try (TestHost host = TestHost.start(quick)) {
      Client client = new Client(host);
      for (int i = 0; i < LEGACY_STREAMS; i++) {
        // Half in the seed's path form, a user each: instances of their own.
        String path = i % 2 == 0 ? "/other/sse" : "/other/user" + i;
        sockets.add(
            open(host.port(), "GET " + path + " HTTP/1.1\r\nAccept: text/event-stream\r\n", ""));
      }
      for (int i = 0; i < GET_STREAMS; i++) {
        String id = client.initialize("/other/mcp");
        sockets.add(open(host.port(), "GET /other/mcp HTTP/1.1\r\nAccept: text/event-stream\r\n"
            + "Mcp-Session-Id: " + id + "\r\n", ""));
      }
      for (int i = 0; i < HALF_POSTS; i++) {
        sockets.add(open(host.port(),
            "POST /other/mcp HTTP/1.1\r\nContent-Type: application/json\r\n"
            + "Accept: application/json\r\nContent-Length: 1000\r\n", "{\"jsonrpc\":"));
      }
      for (int i = 0; i < PENDING_CALLS; i++) {
        String id = client.initialize("/other/mcp");
        String call = Client.call(1, "notify", "{\"count\":1,\"gate\":\"leak\"}");
        sockets.add(open(host.port(),
            "POST /other/mcp HTTP/1.1\r\nContent-Type: application/json\r\n"
            + "Accept: application/json, text/event-stream\r\nMcp-Session-Id: " + id + "\r\n"
            + "Content-Length: " + call.length() + "\r\n", call));
      }
      int all = LEGACY_STREAMS + GET_STREAMS + HALF_POSTS + PENDING_CALLS;
      host.awaitCounts(c -> c.exchanges() == all && c.streams() >= LEGACY_STREAMS + GET_STREAMS);

      for (Socket socket : sockets) {
        socket.setSoLinger(true, 0);
        socket.close();
      }
      OtherServer.gate("leak").countDown();

      host.awaitZero();
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  /** A connection that has sent {@code head} (without its blank line), then {@code body}. */
  private static Socket open(int port, String head, String body) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    OutputStream out = socket.getOutputStream();
    out.write((head + "Host: 127.0.0.1\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }
}
