package dev.mcpgen.runtime.internal.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines, for newline-delimited JSON. A line longer than the limit is
 * skipped, never buffered whole, so one runaway message cannot exhaust memory.
 */
final class LineReader {
  /** A line over the limit; it has been skipped, and the next line can be read. */
  static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    LineTooLongException(int limit) {
      super("message longer than " + limit + " bytes");
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private int length;

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * The next line without its line break (and a {@code \r} before it), or {@code null} at the
   * end of the stream.
   *
   * @throws LineTooLongException for a line over the limit, after skipping it
   */
  byte[] next() throws IOException {
    length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (position < limit || fill()) {
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      tooLong = tooLong || length + (end - position) > maxBytes;
      if (!tooLong) {
        append(end);
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        return finish(tooLong);
      }
    }
    // The stream ended: a last line without a line break still counts.
    return any ? finish(tooLong) : null;
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int end) {
    int count = end - position;
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(line.length * 2, length + count)));
    }
    System.arraycopy(buffer, position, line, length, count);
    length += count;
  }

  private byte[] finish(boolean tooLong) throws LineTooLongException {
    if (tooLong) {
      throw new LineTooLongException(maxBytes);
    }
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return Arrays.copyOf(line, end);
  }
}
