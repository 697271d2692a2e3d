package dev.mcpgen.runtime.internal.http.socket;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request's body, framed by {@code Content-Length} or chunked, read from the connection and
 * never past its end, so the next request on the connection starts where it should.
 */
final class RequestBody extends InputStream {
  /** The most of an unread body drained to keep the connection; beyond, it is closed. */
  private static final long MAX_DRAIN = 64 * 1024;
  private static final int MAX_TRAILER_FIELDS = 100;

  private final HttpInput in;
  private final boolean chunked;
  private final Runnable beforeFirstRead;
  /** Bytes left in the body, or in the current chunk when chunked. */
  private long left;
  private boolean started;
  private boolean finished;

  private RequestBody(HttpInput in, boolean chunked, long length, Runnable beforeFirstRead) {
    this.in = in;
    this.chunked = chunked;
    this.left = length;
    this.beforeFirstRead = beforeFirstRead;
    this.finished = !chunked && length == 0;
  }

  /**
   * The body {@code head} announces.
   *
   * @param beforeFirstRead runs once, before the first byte is read (a 100 Continue)
   * @throws HttpParseException when its framing is invalid or ambiguous
   */
  static RequestBody of(RequestHead head, HttpInput in, Runnable beforeFirstRead)
      throws HttpParseException {
    String encoding = head.field("Transfer-Encoding");
    String length = head.field("Content-Length");
    if (encoding != null) {
      // Both headers is how requests are smuggled past proxies (RFC 9112 6.1): refuse it.
      if (length != null || !encoding.trim().equalsIgnoreCase("chunked")
          || head.fieldValues("Transfer-Encoding").size() > 1) {
        throw new HttpParseException(400, "unsupported or ambiguous Transfer-Encoding");
      }
      return new RequestBody(in, true, 0, beforeFirstRead);
    }
    Long declared = null;
    for (String value : head.fieldValues("Content-Length")) {
      long parsed = contentLength(value);
      if (declared != null && parsed != declared) {
        throw new HttpParseException(400, "conflicting Content-Length fields");
      }
      declared = parsed;
    }
    return new RequestBody(in, false, declared == null ? 0 : declared, beforeFirstRead);
  }

  /** Whether the whole body has been read. */
  boolean isFinished() {
    return finished;
  }

  /** Whether reading has begun. */
  boolean isStarted() {
    return started;
  }

  /** Reads what is left of the body, if that is little: whether the connection can go on. */
  boolean drain() throws IOException {
    if (finished) {
      return true;
    }
    if (!chunked && left > MAX_DRAIN) {
      return false;
    }
    long drained = 0;
    byte[] scratch = new byte[4096];
    while (!finished) {
      int read = read(scratch, 0, scratch.length);
      drained += Math.max(read, 0);
      if (drained > MAX_DRAIN) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (!started) {
      started = true;
      beforeFirstRead.run();
    }
    if (length == 0) {
      return 0;
    }
    if (chunked && left == 0 && !finished) {
      nextChunk();
    }
    if (finished) {
      return -1;
    }
    int read = in.read(into, offset, (int) Math.min(length, left));
    if (read < 0) {
      throw new IOException("The client went before sending the whole body");
    }
    left -= read;
    if (left == 0 && chunked) {
      crlf();
    } else if (left == 0) {
      finished = true;
    }
    return read;
  }

  @Override
  public int available() {
    return 0;
  }

  /** Closing leaves the rest unread: the connection drains or drops it after the response. */
  @Override
  public void close() {}

  private void nextChunk() throws IOException {
    String line = in.readLine(RequestHead.MAX_LINE, 400);
    if (line == null) {
      throw new IOException("The client went before sending the whole body");
    }
    int extension = line.indexOf(';');
    String size = (extension < 0 ? line : line.substring(0, extension)).trim();
    if (size.isEmpty() || size.length() > 15) {
      throw new HttpParseException(400, "malformed chunk size");
    }
    try {
      left = Long.parseLong(size, 16);
    } catch (NumberFormatException e) {
      throw new HttpParseException(400, "malformed chunk size");
    }
    if (left < 0) {
      throw new HttpParseException(400, "malformed chunk size");
    }
    if (left == 0) {
      skipTrailer();
      finished = true;
    }
  }

  private void crlf() throws IOException {
    String line = in.readLine(2, 400);
    if (line == null || !line.isEmpty()) {
      throw new HttpParseException(400, "a chunk does not end with CRLF");
    }
  }

  private void skipTrailer() throws IOException {
    for (int fields = 0; fields <= MAX_TRAILER_FIELDS; fields++) {
      String line = in.readLine(RequestHead.MAX_LINE, 431);
      if (line == null) {
        throw new IOException("The client went before sending the whole body");
      }
      if (line.isEmpty()) {
        return;
      }
    }
    throw new HttpParseException(431, "too many trailer fields");
  }

  private static long contentLength(String value) throws HttpParseException {
    String digits = value.trim();
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new HttpParseException(400, "malformed Content-Length");
    }
    return Long.parseLong(digits);
  }
}
