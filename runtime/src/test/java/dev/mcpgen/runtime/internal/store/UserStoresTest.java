package dev.mcpgen.runtime.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.spi.UserStore;
import dev.mcpgen.runtime.spi.UserStoreProvider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserStoresTest {
  private final UserStore durable = new InMemoryUserStore();
  private final UserStoreProvider jdbc = new UserStoreProvider() {
    @Override public boolean supports(String location) {
      return location.startsWith("jdbc:");
    }

    @Override public String defaultLocation() {
      return "jdbc:default";
    }

    @Override public UserStore open(String location) {
      durable.put("opened", "at", "location", location);
      return durable;
    }
  };

  @Test
  void withNothingConfiguredOrOnTheClassPathStateStaysInMemory() {
    assertInstanceOf(InMemoryUserStore.class, UserStores.open(null, List.of()));
  }

  @Test
  void aProviderOnTheClassPathOpensItsDefaultLocationWhenNothingIsConfigured() {
    assertSame(durable, UserStores.open(null, List.of(jdbc)));
    assertEquals(Optional.of("jdbc:default"), durable.get("opened", "at", "location"));
  }

  @Test
  void theConfiguredLocationGoesToTheProviderThatSupportsIt() {
    assertSame(durable, UserStores.open("jdbc:h2:./x", List.of(jdbc)));
    assertEquals(Optional.of("jdbc:h2:./x"), durable.get("opened", "at", "location"));
  }

  @Test
  void memoryOverridesADurableProvider() {
    assertInstanceOf(InMemoryUserStore.class, UserStores.open("memory", List.of(jdbc)));
  }

  @Test
  void anUnsupportedLocationFailsWithoutPrintingItsSecrets() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> UserStores.open("jdbc:postgresql://db/mcp?password=hunter2", List.of()));

    assertTrue(e.getMessage().startsWith("No user store supports mcpgen.store=jdbc:postgresql:"),
        e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }
}
