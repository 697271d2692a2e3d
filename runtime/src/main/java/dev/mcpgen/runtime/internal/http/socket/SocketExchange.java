package dev.mcpgen.runtime.internal.http.socket;

import dev.mcpgen.runtime.internal.http.Exchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One request on a {@link HttpConnection} and its response, written straight to the socket by
 * whichever thread answers. The connection reads its next request once this one has ended.
 */
final class SocketExchange implements Exchange {
  private static final byte[] CRLF = {'\r', '\n'};

  private enum State { NEW, STREAMING, ENDED }

  private final RequestHead head;
  private final RequestBody body;
  private final HttpConnection connection;
  private final CountDownLatch ended = new CountDownLatch(1);
  private State state = State.NEW;
  private ChunkedOutput stream;
  private boolean closeAfter;
  private volatile Runnable onClientGone;

  SocketExchange(RequestHead head, RequestBody body, HttpConnection connection) {
    this.head = head;
    this.body = body;
    this.connection = connection;
    this.closeAfter = !head.keepsAlive();
  }

  @Override
  public String method() {
    return head.method();
  }

  @Override
  public String path() {
    return head.path();
  }

  @Override
  public String query() {
    return head.query();
  }

  @Override
  public String header(String name) {
    return head.field(name);
  }

  @Override
  public Iterable<String> headers(String name) {
    return head.fieldValues(name);
  }

  @Override
  public InputStream body() {
    return body;
  }

  @Override
  public String mountPath() {
    return "";
  }

  @Override
  public void respond(int status, Map<String, String> headers, byte[] body) throws IOException {
    try {
      synchronized (this) {
        if (state != State.NEW) {
          throw new IllegalStateException("The response has started");
        }
        state = State.ENDED;
        closeAfter |= mustClose();
        boolean bodyless = status == 204 || status == 304 || status < 200;
        ByteArrayOutputStream response = head(status, headers, body.length);
        if (!bodyless) {
          field(response, "Content-Length", Integer.toString(body.length));
        }
        response.write(CRLF);
        if (!bodyless && !head.method().equals("HEAD")) {
          response.write(body);
        }
        connection.write(response);
      }
    } finally {
      finish();
    }
  }

  @Override
  public OutputStream startStream(int status, Map<String, String> headers) throws IOException {
    synchronized (this) {
      if (state != State.NEW) {
        throw new IllegalStateException("The response has started");
      }
      state = State.STREAMING;
      closeAfter |= mustClose() || !head.http11();
      ByteArrayOutputStream response = head(status, headers, 0);
      if (head.http11()) {
        field(response, "Transfer-Encoding", "chunked");
      }
      response.write(CRLF);
      try {
        connection.write(response);
      } catch (IOException e) {
        state = State.ENDED;
        finish();
        throw e;
      }
      stream = connection.stream(head.http11());
      return stream;
    }
  }

  @Override
  public void end() {
    ChunkedOutput open;
    synchronized (this) {
      if (state == State.ENDED) {
        return;
      }
      open = state == State.STREAMING ? stream : null;
      // An exchange ended unanswered leaves the connection without a response to send.
      closeAfter |= open == null;
      state = State.ENDED;
    }
    if (open != null) {
      try {
        open.close();
      } catch (IOException e) {
        synchronized (this) {
          closeAfter = true;
        }
      }
    }
    finish();
  }

  @Override
  public void onClientGone(Runnable listener) {
    onClientGone = listener;
  }

  /** Waits up to {@code millis} for the exchange to end; whether it has. */
  boolean awaitEnd(long millis) throws InterruptedException {
    return ended.await(millis, TimeUnit.MILLISECONDS);
  }

  boolean isEnded() {
    return ended.getCount() == 0;
  }

  /** Whether the connection must close once this exchange has ended. */
  synchronized boolean closesConnection() {
    return closeAfter;
  }

  RequestBody requestBody() {
    return body;
  }

  /** The client has gone before the exchange ended: tells the host, once. */
  void clientGone() {
    Runnable listener = onClientGone;
    onClientGone = null;
    if (listener != null && !isEnded()) {
      listener.run();
    }
  }

  /**
   * Whether the connection ends with this response: the server is closing, or the client asked
   * to be told to continue before sending the body, was not, and may never send it.
   */
  private boolean mustClose() {
    return connection.closing() || (!body.isStarted() && !body.isFinished()
        && head.lists("Expect", "100-continue"));
  }

  /** The status line and fields, in a buffer with room for {@code bodyLength} more bytes. */
  private ByteArrayOutputStream head(int status, Map<String, String> headers, int bodyLength) {
    ByteArrayOutputStream response = new ByteArrayOutputStream(384 + bodyLength);
    String line = "HTTP/1.1 " + status + " " + StatusReasons.of(status) + "\r\n";
    response.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
    headers.forEach((name, value) -> field(response, name, value));
    if (closeAfter) {
      field(response, "Connection", "close");
    }
    return response;
  }

  private static void field(ByteArrayOutputStream response, String name, String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("Header " + name + " holds a line break");
    }
    response.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
  }

  private void finish() {
    ended.countDown();
  }
}
