package dev.mcpgen.store.jdbc;

import dev.mcpgen.runtime.spi.UserStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link UserStore} in a JDBC database: one table, {@code mcpgen_user_state}, keyed by
 * (server, user, key). Every write runs in its own transaction and returns only after it
 * committed, so an acknowledged write survives a crash. Runs on embedded H2 and on PostgreSQL;
 * with a {@link ConnectionSource} over a pool, several hosts can share one database.
 */
public final class JdbcUserStore implements UserStore {
  private static final String CREATE = "CREATE TABLE IF NOT EXISTS mcpgen_user_state ("
      + "server_name VARCHAR(128) NOT NULL, user_id VARCHAR(128) NOT NULL, "
      + "state_key VARCHAR(128) NOT NULL, state_value TEXT NOT NULL, "
      + "PRIMARY KEY (server_name, user_id, state_key))";
  private static final String SELECT = "SELECT state_value FROM mcpgen_user_state "
      + "WHERE server_name = ? AND user_id = ? AND state_key = ?";
  private static final String UPDATE = "UPDATE mcpgen_user_state SET state_value = ? "
      + "WHERE server_name = ? AND user_id = ? AND state_key = ?";
  private static final String INSERT = "INSERT INTO mcpgen_user_state "
      + "(server_name, user_id, state_key, state_value) VALUES (?, ?, ?, ?)";
  private static final String DELETE = "DELETE FROM mcpgen_user_state "
      + "WHERE server_name = ? AND user_id = ? AND state_key = ?";
  private static final String KEYS = "SELECT state_key FROM mcpgen_user_state "
      + "WHERE server_name = ? AND user_id = ? ORDER BY state_key";

  private final ConnectionSource connections;

  private JdbcUserStore(ConnectionSource connections) {
    this.connections = connections;
  }

  /**
   * A store in the database {@code connections} reach, its table created if missing.
   *
   * @throws IllegalStateException when the database cannot be reached or the table created
   */
  public static JdbcUserStore open(ConnectionSource connections) {
    JdbcUserStore store = new JdbcUserStore(connections);
    store.write("create the table", connection -> {
      try (PreparedStatement create = connection.prepareStatement(CREATE)) {
        create.execute();
      }
      return null;
    });
    return store;
  }

  @Override
  public Optional<String> get(String server, String userId, String key) {
    return read("read " + key, connection -> {
      try (PreparedStatement select = bind(connection.prepareStatement(SELECT),
          server, userId, key); ResultSet row = select.executeQuery()) {
        return Optional.ofNullable(row.next() ? row.getString(1) : null);
      }
    });
  }

  @Override
  public void put(String server, String userId, String key, String json) {
    // Update, else insert: portable across databases, unlike MERGE / ON CONFLICT; the primary
    // key turns a concurrent double insert into an error rather than a duplicate.
    write("store " + key, connection -> {
      try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
        update.setString(1, json);
        bind(update, 2, server, userId, key);
        if (update.executeUpdate() == 0) {
          try (PreparedStatement insert = bind(connection.prepareStatement(INSERT),
              server, userId, key)) {
            insert.setString(4, json);
            insert.executeUpdate();
          }
        }
      }
      return null;
    });
  }

  @Override
  public boolean delete(String server, String userId, String key) {
    return write("delete " + key, connection -> {
      try (PreparedStatement delete = bind(connection.prepareStatement(DELETE),
          server, userId, key)) {
        return delete.executeUpdate() > 0;
      }
    });
  }

  @Override
  public List<String> keys(String server, String userId) {
    return read("list keys", connection -> {
      try (PreparedStatement keys = connection.prepareStatement(KEYS)) {
        keys.setString(1, server);
        keys.setString(2, userId);
        List<String> found = new ArrayList<>();
        try (ResultSet rows = keys.executeQuery()) {
          while (rows.next()) {
            found.add(rows.getString(1));
          }
        }
        return List.copyOf(found);
      }
    });
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T read(String what, Work<T> work) {
    try (Connection connection = connections.connect()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** Commits before returning: a write the caller sees succeed is durable. */
  private <T> T write(String what, Work<T> work) {
    try (Connection connection = connections.connect()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private static PreparedStatement bind(PreparedStatement statement, String... values)
      throws SQLException {
    return bind(statement, 1, values);
  }

  private static PreparedStatement bind(PreparedStatement statement, int first, String... values)
      throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setString(first + i, values[i]);
    }
    return statement;
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("User store could not " + what + ": " + e.getMessage(), e);
  }
}
