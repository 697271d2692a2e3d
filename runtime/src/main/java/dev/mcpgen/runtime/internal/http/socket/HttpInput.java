package dev.mcpgen.runtime.internal.http.socket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A connection's input, buffered: header lines for the request head, raw bytes for bodies, and a
 * look at the next byte that consumes nothing, to notice a client leaving between requests.
 * Read from one thread at a time.
 */
final class HttpInput {
  private final InputStream in;
  private final byte[] buffer = new byte[4096];
  private int position;
  private int limit;

  HttpInput(InputStream in) {
    this.in = in;
  }

  /**
   * The next line without its line break (CRLF, or a bare LF), as ISO-8859-1; {@code null} at
   * the end of the input before any byte of it.
   *
   * @throws HttpParseException when the line is longer than {@code maxLength} or the input ends
   *     inside it
   */
  String readLine(int maxLength, int tooLongStatus) throws IOException {
    StringBuilder line = null;
    while (true) {
      if (position == limit && !fill()) {
        if (line == null) {
          return null;
        }
        throw new HttpParseException(400, "the connection ended inside a line");
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int length = position - start + (line == null ? 0 : line.length());
      if (length > maxLength) {
        throw new HttpParseException(tooLongStatus, "a line is longer than " + maxLength + " bytes");
      }
      String piece = new String(buffer, start, position - start, StandardCharsets.ISO_8859_1);
      line = line == null ? new StringBuilder(piece) : line.append(piece);
      if (position < limit) {
        position++;
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1)
            : line.toString();
      }
    }
  }

  /** Reads up to {@code length} bytes; -1 at the end of the input. */
  int read(byte[] into, int offset, int length) throws IOException {
    if (position == limit) {
      if (length >= buffer.length) {
        return in.read(into, offset, length);
      }
      if (!fill()) {
        return -1;
      }
    }
    int count = Math.min(length, limit - position);
    System.arraycopy(buffer, position, into, offset, count);
    position += count;
    return count;
  }

  /** Reads one byte; -1 at the end of the input. */
  int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  /** Waits for the next byte and leaves it unread; -1 at the end of the input. */
  int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read <= 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
