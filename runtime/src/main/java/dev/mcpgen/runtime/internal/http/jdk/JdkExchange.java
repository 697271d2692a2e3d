package dev.mcpgen.runtime.internal.http.jdk;

import com.sun.net.httpserver.HttpExchange;
import dev.mcpgen.runtime.internal.http.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** An {@link Exchange} of the JDK's built-in HTTP server. */
final class JdkExchange implements Exchange {
  private final HttpExchange exchange;
  private final AtomicBoolean ended = new AtomicBoolean();

  JdkExchange(HttpExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public String method() {
    return exchange.getRequestMethod();
  }

  @Override
  public String path() {
    String path = exchange.getRequestURI().getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  @Override
  public String query() {
    return exchange.getRequestURI().getRawQuery();
  }

  @Override
  public String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  @Override
  public Iterable<String> headers(String name) {
    List<String> values = exchange.getRequestHeaders().get(name);
    return values == null ? List.of() : values;
  }

  @Override
  public InputStream body() {
    return exchange.getRequestBody();
  }

  @Override
  public String mountPath() {
    return "";
  }

  @Override
  public void respond(int status, Map<String, String> headers, byte[] body) throws IOException {
    try {
      headers.forEach(exchange.getResponseHeaders()::set);
      // -1: no body at all, as 202 and 204 must have.
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      end();
    }
  }

  @Override
  public OutputStream startStream(int status, Map<String, String> headers) throws IOException {
    headers.forEach(exchange.getResponseHeaders()::set);
    // 0: a body of unknown length, sent chunked.
    exchange.sendResponseHeaders(status, 0);
    return exchange.getResponseBody();
  }

  @Override
  public void end() {
    if (ended.compareAndSet(false, true)) {
      exchange.close();
    }
  }

  @Override
  public void onClientGone(Runnable listener) {
    // The JDK's server does not tell: a failed write is the sign.
  }
}
