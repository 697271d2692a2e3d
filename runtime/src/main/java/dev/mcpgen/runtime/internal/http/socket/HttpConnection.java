package dev.mcpgen.runtime.internal.http.socket;

import dev.mcpgen.runtime.internal.http.HttpHost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One client connection, on a thread of its own: reads a request, hands it to the host, waits for
 * its exchange to end (watching for the client leaving meanwhile), then reads the next. Answers
 * are written by whichever thread has them, straight to the socket.
 */
final class HttpConnection implements Runnable {
  private static final System.Logger LOG = System.getLogger(HttpConnection.class.getName());
  private static final byte[] CONTINUE =
      "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
  /** How often a connection waiting for its exchange to end looks whether the server closes. */
  private static final long WAIT_MILLIS = 1000;
  /** How long, and how much, a closing connection reads on, so its last answer is not reset. */
  private static final int LINGER_MILLIS = 1000;
  private static final int LINGER_BYTES = 64 * 1024;

  private final Socket socket;
  private final HttpHost host;
  private final SocketHttpServer server;
  private final HttpInput in;
  private final OutputStream out;

  HttpConnection(Socket socket, HttpHost host, SocketHttpServer server) throws IOException {
    this.socket = socket;
    this.host = host;
    this.server = server;
    this.in = new HttpInput(socket.getInputStream());
    // Unbuffered: every response, and every chunk of a stream, goes out in one write.
    this.out = socket.getOutputStream();
  }

  @Override
  public void run() {
    try {
      serve();
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "A connection ended: {0}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "A connection failed", e);
    } finally {
      if (!server.isClosing()) {
        linger();
      }
      close();
      server.ended(this);
    }
  }

  /**
   * Ends output and reads what the client still sends for a moment: closing a socket with unread
   * input resets the connection, and the reset can destroy the last answer on its way.
   */
  private void linger() {
    try {
      socket.shutdownOutput();
      socket.setSoTimeout(LINGER_MILLIS);
      InputStream raw = socket.getInputStream();
      byte[] scratch = new byte[4096];
      for (int total = 0; total < LINGER_BYTES; ) {
        int read = raw.read(scratch);
        if (read < 0) {
          return;
        }
        total += read;
      }
    } catch (IOException e) {
      // Reset or closed by the client, or quiet for long enough: either way, done.
    }
  }

  private void serve() throws IOException, InterruptedException {
    while (!server.isClosing()) {
      SocketExchange exchange;
      try {
        RequestHead head = RequestHead.read(in);
        if (head == null) {
          return;
        }
        RequestBody body = RequestBody.of(head, in, () -> sendContinue(head));
        exchange = new SocketExchange(head, body, this);
      } catch (SocketTimeoutException e) {
        return; // idle, or too slow to send a request
      } catch (HttpParseException e) {
        refuse(e);
        return;
      }
      host.handle(exchange);
      if (!awaitEnd(exchange) || exchange.closesConnection()
          || !exchange.requestBody().drain()) {
        return;
      }
    }
  }

  /**
   * Waits for {@code exchange} to end. Once its body has been read, the next byte the client
   * sends is looked at (not consumed): the end of the input means the client has gone, which
   * ends its event streams at once rather than at the next failed write.
   *
   * @return whether the connection can carry another request
   */
  private boolean awaitEnd(SocketExchange exchange) throws InterruptedException {
    boolean clientGone = false;
    while (!exchange.isEnded()) {
      if (server.isClosing()) {
        return false;
      }
      if (clientGone || !exchange.requestBody().isFinished()) {
        exchange.awaitEnd(WAIT_MILLIS);
        continue;
      }
      try {
        if (in.peek() >= 0) {
          // A pipelined request: it waits until this one is answered.
          exchange.awaitEnd(WAIT_MILLIS);
          continue;
        }
      } catch (SocketTimeoutException e) {
        continue;
      } catch (IOException e) {
        // Reset by the client: gone like the end of the input.
      }
      clientGone = true;
      exchange.clientGone();
    }
    return !clientGone;
  }

  /** Writes a whole response head (and body) in one write. */
  void write(ByteArrayOutputStream response) throws IOException {
    synchronized (out) {
      response.writeTo(out);
    }
  }

  /** The body of a streamed response on this connection. */
  ChunkedOutput stream(boolean chunked) {
    return new ChunkedOutput(out, chunked);
  }

  /** Whether the server is closing: no request after the current one. */
  boolean closing() {
    return server.isClosing();
  }

  /** Drops the connection, from any thread; whatever is reading or writing fails at once. */
  void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closed already.
    }
  }

  private void sendContinue(RequestHead head) {
    if (!head.http11() || !head.lists("Expect", "100-continue")) {
      return;
    }
    try {
      synchronized (out) {
        out.write(CONTINUE);
      }
    } catch (IOException e) {
      // The body read that follows fails the same way.
    }
  }

  private void refuse(HttpParseException e) {
    String reason = StatusReasons.of(e.status());
    byte[] body = (reason + ": " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + e.status() + " " + reason + "\r\nContent-Type: text/plain; "
        + "charset=utf-8\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    response.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    response.writeBytes(body);
    try {
      write(response);
    } catch (IOException gone) {
      // Nothing more to say to a client that has gone.
    }
  }
}
