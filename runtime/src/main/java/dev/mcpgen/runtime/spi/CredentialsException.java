package dev.mcpgen.runtime.spi;

/**
 * Credentials could not be read, saved or refreshed. The message is shown to users: say what
 * failed and how to fix it, never a secret.
 */
public final class CredentialsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CredentialsException(String message) {
    super(message);
  }

  public CredentialsException(String message, Throwable cause) {
    super(message, cause);
  }
}
