package dev.mcpgen.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.fail;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.fixture.FixtureServer;
import dev.mcpgen.runtime.fixture.OtherServer;
import dev.mcpgen.runtime.internal.http.socket.SocketHttpServer;
import dev.mcpgen.runtime.internal.server.Settings;
import dev.mcpgen.runtime.spi.Authenticator;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** An {@link HttpHost} on the built-in server, on a free loopback port, for one test. */
final class TestHost implements AutoCloseable {
  /** A guard against hanging forever, not an expectation of speed. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private final HttpHost host;
  private final SocketHttpServer server;

  private TestHost(HttpHost host, SocketHttpServer server) {
    this.host = host;
    this.server = server;
  }

  /** Small limits and quick timers, so tests reach them. */
  static HttpSettings settings() {
    return new HttpSettings(100, 100, 64 * 1024, 50, 20, Duration.ofSeconds(60),
        Duration.ofSeconds(60), Duration.ofMillis(200), Duration.ofMillis(500), 100,
        Duration.ofSeconds(30));
  }

  /** The fixture and other servers with test settings. */
  static TestHost start() {
    return start(settings());
  }

  static TestHost start(HttpSettings settings) {
    return start(settings, List.of(new FixtureServer(), new OtherServer()));
  }

  static TestHost start(HttpSettings settings, List<ServerFactory> servers) {
    return start(settings, servers, List.of(), Set.of("https://allowed.example"),
        Authenticator.TRUST_CLAIMED);
  }

  static TestHost start(HttpSettings settings, List<ServerFactory> servers,
      List<ServerLoader.Failure> failures, Set<String> origins, Authenticator authenticator) {
    HttpHost.Config config = new HttpHost.Config(Settings.defaults(), settings,
        new OriginPolicy(origins, OriginPolicy.loopbackHosts()), authenticator,
        UserContext.LOCAL_USER);
    HttpHost host = HttpHost.create(config, servers, failures);
    try {
      return new TestHost(host,
          SocketHttpServer.start(host, new InetSocketAddress("127.0.0.1", 0)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpHost host() {
    return host;
  }

  /** Waits until the server has at most {@code count} connections open. */
  void awaitConnections(int count) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (server.openConnections() > count) {
      if (System.nanoTime() > deadline) {
        fail("still " + server.openConnections() + " connections open");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  int port() {
    return server.address().getPort();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  /** The live session {@code id}, to send it server-initiated messages. */
  HttpSession session(String id) {
    return host.sessions().get(id);
  }

  /** Waits until the counts satisfy {@code condition}; fails with the last counts if never. */
  HttpHost.Counts awaitCounts(Predicate<HttpHost.Counts> condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    HttpHost.Counts counts = host.counts();
    while (!condition.test(counts)) {
      if (System.nanoTime() > deadline) {
        fail("the host's counts never got there: " + counts);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      counts = host.counts();
    }
    return counts;
  }

  /** Waits until no session, instance, stream or exchange is left. */
  HttpHost.Counts awaitZero() {
    return awaitCounts(c -> c.equals(new HttpHost.Counts(0, 0, 0, 0)));
  }

  @Override
  public void close() {
    host.close(Duration.ofSeconds(5));
    server.close();
  }
}
