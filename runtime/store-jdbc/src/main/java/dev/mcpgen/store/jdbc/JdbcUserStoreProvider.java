package dev.mcpgen.store.jdbc;

import dev.mcpgen.runtime.spi.UserStore;
import dev.mcpgen.runtime.spi.UserStoreProvider;

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
    return JdbcUserStore.open(ConnectionSource.of(location));
  }
}
