package dev.mcpgen.runtime;

import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.Names;
import dev.mcpgen.runtime.spi.UserStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * The calling user's state in this server: values kept as JSON under keys, in memory by default
 * or durably when a durable {@link UserStore} is configured. Reached through
 * {@link McpContext#store()}; the runtime scopes it to the server and the user, so a tool can
 * neither see nor touch another user's state.
 *
 * <pre>{@code
 * @McpTool public void addNote(McpContext ctx, String id, String text) {
 *   ctx.store().put("note." + id, new Note(id, text));
 * }
 * @McpTool public Note getNote(McpContext ctx, String id) {
 *   return ctx.store().get("note." + id, Note.class)
 *       .orElseThrow(() -> new ToolException("No note " + id));
 * }
 * }</pre>
 *
 * <p>Keys are 1 to 128 letters, digits and {@code . _ - @ +}; any other key is refused with a
 * {@link ToolException} saying so. A {@link #put} that returns has been stored (with a durable
 * store: committed).
 */
public final class Store {
  private final UserStore store;
  private final String server;
  private final String userId;

  private Store(UserStore store, String server, String userId) {
    this.store = store;
    this.server = server;
    this.userId = userId;
  }

  /**
   * The state of {@code userId} in {@code server}, kept in {@code store}.
   *
   * @throws IllegalArgumentException when the user id is not a safe name
   */
  public static Store of(UserStore store, String server, String userId) {
    return new Store(Objects.requireNonNull(store, "store"), Objects.requireNonNull(server),
        Names.check("user id", userId));
  }

  /**
   * The value under {@code key}, read as {@code type}, or empty when there is none.
   *
   * @throws IllegalStateException when the stored JSON does not fit {@code type}
   */
  public <T> Optional<T> get(String key, Class<T> type) {
    Optional<String> json = store.get(server, userId, checked(key));
    try {
      return json.map(text -> Json.MAPPER.readValue(text, type));
    } catch (JacksonException e) {
      throw new IllegalStateException("Stored value '" + key + "' is not a "
          + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Stores {@code value} (any Jackson-serializable object) under {@code key}. */
  public void put(String key, Object value) {
    Objects.requireNonNull(value, "value");
    store.put(server, userId, checked(key), Json.MAPPER.writeValueAsString(value));
  }

  /** Removes {@code key}; {@code true} if it was there. */
  public boolean delete(String key) {
    return store.delete(server, userId, checked(key));
  }

  /** The keys stored, sorted. */
  public List<String> keys() {
    return store.keys(server, userId);
  }

  /** A bad key usually comes from the model's arguments, so the model is told. */
  private static String checked(String key) {
    try {
      return Names.check("store key", key);
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage());
    }
  }
}
