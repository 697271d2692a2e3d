package dev.mcpgen.runtime.spi;

/**
 * Makes {@link AuthClient}s; found with {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.mcpgen.runtime.spi.AuthClientProvider}, so production can plug
 * in its own (a credential broker reached over HTTP, a vault) without touching server code.
 *
 * <p>The runtime picks the provider named by the system property {@code mcpgen.credentials} or
 * the environment variable {@code MCPGEN_CREDENTIALS}; with none named, the first on the class
 * path; with none there, {@code file}: the built-in local client, one JSON file per user under
 * {@code MCPGEN_CREDENTIALS_DIR} (default {@code ~/.mcpgen/credentials}).
 */
public interface AuthClientProvider {
  /** The name configuration selects this provider by, e.g. {@code vault}. */
  String name();

  /**
   * The client of {@code service}'s credentials, read as {@code type}.
   *
   * @throws CredentialsException when the service name is not acceptable
   */
  <C> AuthClient<C> client(String service, Class<C> type);
}
