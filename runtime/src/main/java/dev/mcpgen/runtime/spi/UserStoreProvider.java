package dev.mcpgen.runtime.spi;

/**
 * Opens a {@link UserStore}; found with {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.mcpgen.runtime.spi.UserStoreProvider}.
 *
 * <p>The runtime reads the location from the system property {@code mcpgen.store} or the
 * environment variable {@code MCPGEN_STORE} (for example {@code jdbc:h2:./data/mcpgen}) and asks
 * the first provider that {@link #supports} it. With no location configured, the first provider
 * on the class path opens its {@link #defaultLocation()}; with none on the class path, or with
 * the location {@code memory}, state stays in memory.
 */
public interface UserStoreProvider {
  /** Whether this provider can open {@code location}, e.g. a {@code jdbc:} URL. */
  boolean supports(String location);

  /** Where this provider keeps state when nothing is configured. */
  String defaultLocation();

  /**
   * Opens the store at {@code location}.
   *
   * @throws IllegalStateException when it cannot be opened, saying why
   */
  UserStore open(String location);
}
