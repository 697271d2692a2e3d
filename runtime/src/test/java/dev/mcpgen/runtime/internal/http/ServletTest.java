package dev.mcpgen.runtime.internal.http;

import static dev.mcpgen.runtime.internal.http.Client.call;
import static dev.mcpgen.runtime.internal.http.Client.json;
import static dev.mcpgen.runtime.internal.http.Client.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.McpHttpHost;
import dev.mcpgen.runtime.McpServlet;
import dev.mcpgen.runtime.fixture.FixtureServer;
import dev.mcpgen.runtime.fixture.OtherServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same endpoints mounted in a real servlet container: embedded Jetty 12, below a path. */
class ServletTest {
  private McpHttpHost host;
  private Server jetty;
  private Client client;

  @BeforeEach
  void start() throws Exception {
    host = McpHttpHost.builder().servers(List.of(new FixtureServer(), new OtherServer())).build();
    jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder holder = new ServletHolder(new McpServlet(host));
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/hosted/*");
    jetty.setHandler(context);
    jetty.start();
    client = new Client("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0])
        .getLocalPort());
  }

  @AfterEach
  void stop() throws Exception {
    host.close();
    jetty.stop();
  }

  @Test
  void streamableHttpAnswersJsonInAServletContainer() {
    String id = client.initialize("/hosted/fixture/mcp");
    HttpResponse<String> response =
        client.post("/hosted/fixture/mcp", id, call(1, "add", "{\"a\":2,\"b\":3}"));
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("application/json"),
        response.headers().firstValue("Content-Type"));
    assertEquals("5", text(json(response.body())));
    assertEquals(202, client.post("/hosted/fixture/mcp", id,
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{}}")
        .statusCode());
    assertEquals(204, client.send(client.request("/hosted/fixture/mcp")
        .header("Mcp-Session-Id", id).DELETE()).statusCode());
    assertEquals(404, client.post("/hosted/fixture/mcp", id, call(2, "add", "{}"))
        .statusCode());
  }

  @Test
  void streamsWorkInAServletContainer() {
    String id = client.initialize("/hosted/other/mcp");
    try (SseReader get = client.stream(client.request("/hosted/other/mcp")
        .header("Mcp-Session-Id", id).header("Accept", "text/event-stream").GET())) {
      assertEquals("0-0", get.next().id());
      try (SseReader post = client.stream(client.post("/hosted/other/mcp",
          call(3, "notify", "{\"count\":1}")).header("Mcp-Session-Id", id))) {
        assertEquals(Optional.of("text/event-stream"),
            post.response().headers().firstValue("Content-Type"));
        assertEquals("1-0", post.next().id());
        assertEquals("notifications/message",
            json(post.next().data()).get("method").stringValue());
        assertEquals("notified 1", text(json(post.next().data())));
        assertSame(SseReader.Event.END, post.next());
      }
    }
    try (LegacyClient legacy = new LegacyClient(client, "/hosted/fixture/sse")) {
      assertTrue(legacy.endpoint().startsWith("/hosted/fixture/messages?sessionId="),
          legacy.endpoint());
      legacy.initialize();
      assertEquals("5", legacy.call("add", "{\"a\":2,\"b\":3}"));
    }
  }

  @Test
  void healthIsServedBelowTheMount() {
    HttpResponse<String> health = client.send(client.request("/hosted/health").GET());
    assertEquals(200, health.statusCode());
    assertEquals(2, json(health.body()).get("servers").size());
  }
}
