package dev.mcpgen.runtime.internal.http.socket;

import java.io.IOException;

/** A request the connection cannot read as HTTP/1.1: answered with {@link #status()}, then closed. */
final class HttpParseException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpParseException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
