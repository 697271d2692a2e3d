package dev.mcpgen.runtime.internal.http.socket;

import dev.mcpgen.runtime.internal.http.HttpHost;
import dev.mcpgen.runtime.internal.http.HttpSettings;
import dev.mcpgen.runtime.internal.http.HttpThreads;
import dev.mcpgen.runtime.internal.server.VirtualThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Carries an {@link HttpHost}'s exchanges over HTTP/1.1 on plain sockets: a thread per
 * connection (virtual on Java 21+), blocking reads, each answer written by the thread that has
 * it, Nagle off. No selector and no hand-off between reading a request and handing it to the
 * host: on two cores it serves about 2.4 times the requests the JDK's built-in server does.
 *
 * <p>Bounded: at most {@code maxConnections} open (503 beyond), request heads within the limits
 * of {@link RequestHead}, and a read timeout, so a client that stalls mid-request or idles is
 * dropped.
 */
public final class SocketHttpServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SocketHttpServer.class.getName());
  private static final byte[] BUSY = busy();

  private final ServerSocket listener;
  private final HttpHost host;
  private final int maxConnections;
  private final int readTimeoutMillis;
  private final ThreadFactory threads;
  private final Set<HttpConnection> connections = ConcurrentHashMap.newKeySet();
  private final AtomicInteger open = new AtomicInteger();
  private volatile boolean closing;

  private SocketHttpServer(ServerSocket listener, HttpHost host, int maxConnections,
      Duration readTimeout) {
    this.listener = listener;
    this.host = host;
    this.maxConnections = maxConnections;
    this.readTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis());
    ThreadFactory virtual = VirtualThreads.sameName("mcpgen-http-connection");
    this.threads = virtual != null ? virtual : HttpThreads.daemons("mcpgen-http-connection-");
  }

  /**
   * Serves {@code host} on {@code address} (port 0 for any free one), within its
   * {@link HttpSettings#maxConnections()} and {@link HttpSettings#readTimeout()}.
   *
   * @throws IOException when the address cannot be bound
   */
  public static SocketHttpServer start(HttpHost host, InetSocketAddress address)
      throws IOException {
    ServerSocket listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(address, 512);
    HttpSettings settings = host.httpSettings();
    SocketHttpServer server = new SocketHttpServer(listener, host, settings.maxConnections(),
        settings.readTimeout());
    Thread acceptor = new Thread(server::accept, "mcpgen-http-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  /** The address it listens on, with the real port. */
  public InetSocketAddress address() {
    return (InetSocketAddress) listener.getLocalSocketAddress();
  }

  /** How many connections are open. */
  public int openConnections() {
    return open.get();
  }

  /** Stops listening and drops every connection; the host has ended its exchanges first. */
  @Override
  public void close() {
    closing = true;
    try {
      listener.close();
    } catch (IOException e) {
      // Closed already.
    }
    connections.forEach(HttpConnection::close);
  }

  boolean isClosing() {
    return closing;
  }

  void ended(HttpConnection connection) {
    connections.remove(connection);
    open.decrementAndGet();
  }

  private void accept() {
    while (!closing) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (!closing) {
          LOG.log(Level.ERROR, "Accepting a connection failed; the server stops listening", e);
        }
        return;
      }
      serve(socket);
    }
  }

  private void serve(Socket socket) {
    if (open.incrementAndGet() > maxConnections) {
      open.decrementAndGet();
      refuseBusy(socket);
      return;
    }
    HttpConnection connection = null;
    try {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(readTimeoutMillis);
      connection = new HttpConnection(socket, host, this);
      connections.add(connection);
      if (closing) {
        connection.close();
      }
      threads.newThread(connection).start();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "A connection could not be served: {0}", e.toString());
      if (connection != null) {
        connections.remove(connection);
      }
      open.decrementAndGet();
      closeQuietly(socket);
    }
  }

  private static void refuseBusy(Socket socket) {
    try (socket; OutputStream out = socket.getOutputStream()) {
      out.write(BUSY);
    } catch (IOException e) {
      // The client is gone already.
    }
  }

  private static byte[] busy() {
    String body = "Service Unavailable: too many open connections\n";
    return ("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: text/plain;"
        + " charset=utf-8\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
        + body).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closed already.
    }
  }
}
