package dev.mcpgen.runtime.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** An exchange counted among the host's exchanges under way until it ends, however it ends. */
final class TrackedExchange implements Exchange {
  private final Exchange exchange;
  private final AtomicInteger underWay;
  private final AtomicBoolean ended = new AtomicBoolean();

  TrackedExchange(Exchange exchange, AtomicInteger underWay) {
    this.exchange = exchange;
    this.underWay = underWay;
    underWay.incrementAndGet();
  }

  @Override
  public String method() {
    return exchange.method();
  }

  @Override
  public String path() {
    return exchange.path();
  }

  @Override
  public String query() {
    return exchange.query();
  }

  @Override
  public String header(String name) {
    return exchange.header(name);
  }

  @Override
  public Iterable<String> headers(String name) {
    return exchange.headers(name);
  }

  @Override
  public InputStream body() {
    return exchange.body();
  }

  @Override
  public String mountPath() {
    return exchange.mountPath();
  }

  @Override
  public void respond(int status, Map<String, String> headers, byte[] body) throws IOException {
    try {
      exchange.respond(status, headers, body);
    } finally {
      ended();
    }
  }

  @Override
  public OutputStream startStream(int status, Map<String, String> headers) throws IOException {
    try {
      return exchange.startStream(status, headers);
    } catch (IOException | RuntimeException e) {
      end();
      throw e;
    }
  }

  @Override
  public void end() {
    try {
      exchange.end();
    } finally {
      ended();
    }
  }

  @Override
  public void onClientGone(Runnable listener) {
    exchange.onClientGone(listener);
  }

  private void ended() {
    if (ended.compareAndSet(false, true)) {
      underWay.decrementAndGet();
    }
  }
}
