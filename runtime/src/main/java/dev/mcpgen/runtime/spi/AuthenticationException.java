package dev.mcpgen.runtime.spi;

/**
 * An {@link Authenticator} refuses a client; the host answers HTTP 401 with this message, so
 * say what is missing or wrong, never what the right credential would be.
 */
public final class AuthenticationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String challenge;

  public AuthenticationException(String message) {
    this(message, null);
  }

  /**
   * A refusal telling the client how to authenticate.
   *
   * @param challenge the {@code WWW-Authenticate} value to send, e.g. {@code Bearer
   *     resource_metadata="..."}, or {@code null} for the host's default
   */
  public AuthenticationException(String message, String challenge) {
    super(message);
    this.challenge = challenge;
  }

  /** The {@code WWW-Authenticate} value to send, or {@code null} for the host's default. */
  public String challenge() {
    return challenge;
  }
}
