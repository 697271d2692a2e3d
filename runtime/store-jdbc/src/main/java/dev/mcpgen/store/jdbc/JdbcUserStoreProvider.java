package dev.mcpgen.store.jdbc;

import dev.mcpgen.runtime.spi.UserStore;
import dev.mcpgen.runtime.spi.UserStoreProvider;
import java.util.Locale;

/**
 * Opens a {@link JdbcUserStore} for {@code jdbc:} locations; with nothing configured, an
 * embedded H2 database in {@code ./data/mcpgen} (files {@code ./data/mcpgen.mv.db}). Put
 * credentials for a server database in the URL's parameters, e.g.
 * {@code mcpgen.store=jdbc:postgresql://db/mcp?user=mcp&password=...}, with its driver on the
 * class path.
 */
public final class JdbcUserStoreProvider implements UserStoreProvider {
  /** The embedded H2 database used when nothing is configured. */
  public static final String DEFAULT_LOCATION = "jdbc:h2:./data/mcpgen";

  @Override
  public boolean supports(String location) {
    return location.startsWith("jdbc:");
  }

  @Override
  public String defaultLocation() {
    return DEFAULT_LOCATION;
  }

  @Override
  public UserStore open(String location) {
    return JdbcUserStore.open(ConnectionSource.of(forH2(location)));
  }

  /**
   * Settings an embedded H2 database needs unless the URL says otherwise: it closes with its
   * last connection, and the store closes each one after use, so reopening the files cost ~30 ms
   * a write (kept open, it closes when the JVM exits, H2's shutdown hook releasing its lock for
   * the next process); and it writes commits up to 500 ms late, so a crash could lose a write
   * already acknowledged (with no delay, a kill -9 loses none).
   */
  static String forH2(String location) {
    if (!location.startsWith("jdbc:h2:") || location.startsWith("jdbc:h2:mem:")) {
      return location;
    }
    String upper = location.toUpperCase(Locale.ROOT);
    return location + (upper.contains("DB_CLOSE_DELAY") ? "" : ";DB_CLOSE_DELAY=-1")
        + (upper.contains("WRITE_DELAY") ? "" : ";WRITE_DELAY=0");
  }
}
