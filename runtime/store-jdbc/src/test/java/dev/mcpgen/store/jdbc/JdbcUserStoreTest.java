package dev.mcpgen.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.Store;
import dev.mcpgen.runtime.internal.store.UserStores;
import dev.mcpgen.runtime.spi.UserStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcUserStoreTest {
  @TempDir Path folder;

  private String url() {
    return "jdbc:h2:" + folder.resolve("state").toAbsolutePath();
  }

  private UserStore open() {
    return new JdbcUserStoreProvider().open(url());
  }

  record Note(String id, String text) {}

  @Test
  void anAcknowledgedWriteSurvivesReopeningTheDatabase() {
    Store.of(open(), "notes", "alice").put("note.1", new Note("1", "buy milk"));

    assertEquals(Optional.of(new Note("1", "buy milk")),
        Store.of(open(), "notes", "alice").get("note.1", Note.class));
  }

  @Test
  void usersAndServersNeverSeeEachOthersState() {
    UserStore store = open();
    store.put("notes", "alice", "k", "\"alice\"");
    store.put("notes", "bob", "k", "\"bob\"");
    store.put("other", "alice", "k", "\"other\"");

    assertEquals(Optional.of("\"alice\""), store.get("notes", "alice", "k"));
    assertEquals(Optional.of("\"bob\""), store.get("notes", "bob", "k"));
    assertTrue(store.delete("notes", "bob", "k"));
    assertEquals(Optional.of("\"alice\""), store.get("notes", "alice", "k"));
    assertEquals(Optional.of("\"other\""), store.get("other", "alice", "k"));
    assertEquals(List.of(), store.keys("notes", "bob"));
  }

  @Test
  void putReplacesAndKeysAreSorted() {
    UserStore store = open();
    store.put("s", "u", "b", "1");
    store.put("s", "u", "a", "1");
    store.put("s", "u", "b", "2");

    assertEquals(List.of("a", "b"), store.keys("s", "u"));
    assertEquals(Optional.of("2"), store.get("s", "u", "b"));
    assertFalse(store.delete("s", "u", "missing"));
  }

  @Test
  void configurationSelectsTheJdbcStoreThroughTheServiceLoader() {
    System.setProperty(UserStores.PROPERTY, url());
    try {
      UserStore store = UserStores.open();
      assertInstanceOf(JdbcUserStore.class, store);
      store.put("s", "u", "k", "\"v\"");
    } finally {
      System.clearProperty(UserStores.PROPERTY);
    }
    assertEquals(Optional.of("\"v\""), open().get("s", "u", "k"));
  }

  @Test
  void anEmbeddedH2DatabaseStaysOpenAndWritesCommitsAtOnceUnlessTheUrlSaysOtherwise() {
    assertEquals("jdbc:h2:./data/x;DB_CLOSE_DELAY=-1;WRITE_DELAY=0",
        JdbcUserStoreProvider.forH2("jdbc:h2:./data/x"));
    assertEquals("jdbc:h2:./data/x;write_delay=100;DB_CLOSE_DELAY=-1",
        JdbcUserStoreProvider.forH2("jdbc:h2:./data/x;write_delay=100"));
    assertEquals("jdbc:postgresql://db/mcp",
        JdbcUserStoreProvider.forH2("jdbc:postgresql://db/mcp"));
  }
}
