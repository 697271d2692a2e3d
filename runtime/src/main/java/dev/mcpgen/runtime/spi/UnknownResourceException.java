package dev.mcpgen.runtime.spi;

/** A {@code resources/read} named a URI the server has no resource for. */
public final class UnknownResourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String uri;

  public UnknownResourceException(String uri) {
    super("Resource not found: " + uri);
    this.uri = uri;
  }

  /** The URI the client asked for. */
  public String uri() {
    return uri;
  }
}
