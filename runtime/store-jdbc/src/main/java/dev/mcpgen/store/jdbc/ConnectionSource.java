package dev.mcpgen.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where {@link JdbcUserStore} gets a connection for each operation; it closes each one after
 * use. Wrap a pooled {@link DataSource} in production, or let the store open connections from a
 * URL.
 */
@FunctionalInterface
public interface ConnectionSource {
  /** A new or pooled connection. */
  Connection connect() throws SQLException;

  /** Connections from {@code dataSource}, e.g. a pool. */
  static ConnectionSource of(DataSource dataSource) {
    return dataSource::getConnection;
  }

  /** A new connection to {@code url} each time, through {@link DriverManager}. */
  static ConnectionSource of(String url) {
    return () -> DriverManager.getConnection(url);
  }
}
