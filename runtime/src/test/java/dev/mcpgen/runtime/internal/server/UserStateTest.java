package dev.mcpgen.runtime.internal.server;

import static dev.mcpgen.runtime.fixture.UserConnection.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.ApiKey;
import dev.mcpgen.runtime.fixture.StateServer;
import dev.mcpgen.runtime.fixture.UserConnection;
import dev.mcpgen.runtime.internal.auth.AuthClients;
import dev.mcpgen.runtime.internal.auth.LocalFileProvider;
import dev.mcpgen.runtime.internal.store.InMemoryUserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Tools reach their own user's store and credentials through the context, and no one else's. */
class UserStateTest {
  @TempDir Path credentials;

  private final InMemoryUserStore store = new InMemoryUserStore();

  private ServerCore core() {
    StateServer factory = new StateServer();
    return ServerCore.create(factory, Settings.defaults(), CallExecutor.create(2),
        new UserInstances(factory), UserScopes.of("state", store,
            AuthClients.of(new LocalFileProvider(credentials), Clock.systemUTC())));
  }

  @Test
  void oneUsersStateIsInvisibleAndUntouchableForAnother() {
    ServerCore core = core();
    UserConnection alice = new UserConnection(core, "alice");
    UserConnection bob = new UserConnection(core, "bob");

    alice.call("put", "note.1", "alice's secret");
    bob.call("put", "note.2", "bob's");

    assertEquals("<none>", text(bob.call("get", "note.1", "")));
    assertEquals("false", text(bob.call("delete", "note.1", "")));
    assertEquals("note.2", text(bob.call("keys", "", "")));
    assertEquals("alice's secret", text(alice.call("get", "note.1", "")));
    assertEquals("note.1", text(alice.call("keys", "", "")));
  }

  @Test
  void stateOutlivesTheConnectionAndTheServerCoreThatWroteIt() {
    new UserConnection(core(), "alice").call("put", "k", "v");

    assertEquals("v", text(new UserConnection(core(), "alice").call("get", "k", "")));
  }

  @Test
  void hostileUserIdsGetAClearErrorInsteadOfState() {
    for (String hostile : new String[] {"../x", "a/b", "x".repeat(10_000), "evil\nline",
        "nul\u0000", ".."}) {
      JsonNode result = new UserConnection(core(), hostile).call("put", "k", "v");

      assertTrue(result.get("isError").booleanValue(), hostile.length() + ": " + result);
      assertTrue(text(result).startsWith("Invalid user id"), text(result));
      assertFalse(text(result).contains("\n"), "no forged log line: " + text(result));
    }
    assertEquals(0, store.keys("state", "../x").size());
  }

  @Test
  void hostileStoreKeysAreRejected() {
    JsonNode result = new UserConnection(core(), "alice").call("put", "../../etc", "v");

    assertTrue(result.get("isError").booleanValue());
    assertTrue(text(result).startsWith("Invalid store key \"../../etc\""), text(result));
  }

  @Test
  void aMissingCredentialTellsTheUserWhichCommandToRun() {
    JsonNode result = new UserConnection(core(), "alice").call("key", "", "");

    assertTrue(result.get("isError").booleanValue());
    assertEquals("No credentials for service 'weather' for user 'alice'. Ask the user to run: "
        + "java -jar <server>.jar auth --service weather --user-id alice", text(result));
  }

  @Test
  void credentialsAreReadOncePerUserInstanceAndNeverShared() throws Exception {
    LocalFileProvider files = new LocalFileProvider(credentials);
    files.client("weather", ApiKey.class).save("alice", new ApiKey("alice-key"));
    ServerCore core = core();
    UserConnection alice = new UserConnection(core, "alice");

    assertEquals("alice-key", text(alice.call("key", "", "")));
    Files.delete(credentials.resolve("weather/users/alice.json"));
    assertEquals("alice-key", text(alice.call("key", "", "")), "cached by the instance");
    assertTrue(new UserConnection(core, "bob").call("key", "", "").get("isError")
        .booleanValue(), "bob never sees alice's key");
  }
}
