package dev.mcpgen.runtime.internal.http.socket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A streamed response body: what is written is held until {@link #flush}, then sent as one
 * chunk in one write (or as it is, for an HTTP/1.0 client, whose response ends with the connection).
 * {@link #close} ends the body; the exchange's connection decides what comes next.
 */
final class ChunkedOutput extends OutputStream {
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] LAST_CHUNK = {'0', '\r', '\n', '\r', '\n'};

  /** The connection's output, locked while written: responses and chunks go out whole. */
  private final OutputStream socket;
  private final boolean chunked;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private boolean closed;

  ChunkedOutput(OutputStream socket, boolean chunked) {
    this.socket = socket;
    this.chunked = chunked;
  }

  @Override
  public void write(int b) throws IOException {
    checkOpen();
    pending.write(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    checkOpen();
    pending.write(bytes, offset, length);
  }

  @Override
  public void flush() throws IOException {
    checkOpen();
    if (pending.size() == 0) {
      return;
    }
    if (chunked) {
      byte[] size = (Integer.toHexString(pending.size()) + "\r\n")
          .getBytes(StandardCharsets.US_ASCII);
      byte[] data = pending.toByteArray();
      pending.reset();
      pending.writeBytes(size);
      pending.writeBytes(data);
      pending.writeBytes(CRLF);
    }
    synchronized (socket) {
      pending.writeTo(socket);
    }
    pending.reset();
  }

  /** Sends what is pending and the last chunk. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    flush();
    closed = true;
    if (chunked) {
      synchronized (socket) {
        socket.write(LAST_CHUNK);
      }
    }
  }

  private void checkOpen() throws IOException {
    if (closed) {
      throw new IOException("The stream has ended");
    }
  }
}
