package dev.mcpgen.samples.weather;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for the weather service: knows one API key per user and answers with a
 * forecast naming the key's owner, so a test sees whose key a call used.
 */
final class FakeWeatherService implements AutoCloseable {
  private final HttpServer server;
  private final List<String> keysSeen = new CopyOnWriteArrayList<>();

  FakeWeatherService(Map<String, String> ownerByKey) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/forecast", exchange -> {
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      String key = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
      keysSeen.add(key);
      String owner = ownerByKey.get(key);
      String city = exchange.getRequestURI().getQuery().replaceFirst("^city=", "");
      byte[] body = (owner == null ? "{}" : "{\"city\":\"" + city + "\",\"summary\":\"sunny for "
          + owner + "\",\"celsius\":21.5}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(owner == null ? 401 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The keys the service was called with, in order. */
  List<String> keysSeen() {
    return keysSeen;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
