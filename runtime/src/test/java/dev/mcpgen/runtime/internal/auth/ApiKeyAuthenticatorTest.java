package dev.mcpgen.runtime.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.spi.AuthenticationException;
import dev.mcpgen.runtime.spi.Authenticator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyAuthenticatorTest {
  @TempDir Path folder;

  private final String aliceKey = ApiKeyHashes.newKey();
  private final String bobKey = ApiKeyHashes.newKey();

  private Authenticator authenticator() throws Exception {
    Path file = folder.resolve("api-keys.json");
    Files.writeString(file, "{\"keys\":[{\"userId\":\"alice\",\"sha256\":\""
        + ApiKeyHashes.hash(aliceKey) + "\"},{\"userId\":\"bob\",\"sha256\":\""
        + ApiKeyHashes.hash(bobKey) + "\"}]}");
    return ApiKeyAuthenticator.fromFile(file);
  }

  private static Authenticator.Request bearer(String key) {
    return new Authenticator.Request("notes", "local", null,
        Map.of("Authorization", "Bearer " + key)::get);
  }

  private static Authenticator.Request path(String userId, String key) {
    return new Authenticator.Request("notes", userId, key, name -> null);
  }

  @Test
  void aBearerKeyMapsToItsUser() throws Exception {
    assertEquals("alice", authenticator().authenticate(bearer(aliceKey)).userId());
    assertEquals("bob", authenticator().authenticate(bearer(bobKey)).userId());
  }

  @Test
  void theFileHoldsHashesOnly() throws Exception {
    authenticator();
    String file = Files.readString(folder.resolve("api-keys.json"));

    assertFalse(file.contains(aliceKey));
    assertTrue(aliceKey.length() > 40, "256 random bits");
  }

  @Test
  void noKeyOrAWrongKeyIsRefused() throws Exception {
    Authenticator authenticator = authenticator();

    assertEquals("an API key is required: send Authorization: Bearer <key>",
        assertThrows(AuthenticationException.class,
            () -> authenticator.authenticate(path("local", null))).getMessage());
    AuthenticationException wrong = assertThrows(AuthenticationException.class,
        () -> authenticator.authenticate(bearer(aliceKey + "x")));
    assertEquals("the API key is not valid", wrong.getMessage());
  }

  @Test
  void theSeedsPathFormIsVerifiedTheSameWayAndCannotNameAnotherUser() throws Exception {
    Authenticator authenticator = authenticator();

    assertEquals("alice", authenticator.authenticate(path("alice", aliceKey)).userId());
    assertThrows(AuthenticationException.class,
        () -> authenticator.authenticate(path("bob", aliceKey)));
    assertThrows(AuthenticationException.class,
        () -> authenticator.authenticate(path("alice", "guess")));
  }

  @Test
  void aMissingFileAcceptsNoOne() {
    Authenticator authenticator = ApiKeyAuthenticator.fromFile(folder.resolve("none.json"));

    assertThrows(AuthenticationException.class,
        () -> authenticator.authenticate(bearer(aliceKey)));
  }

  @Test
  void aHostileUserIdInTheFileIsRejectedAtStartUp() throws Exception {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, "{\"keys\":[{\"userId\":\"../x\",\"sha256\":\"00\"}]}");

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ApiKeyAuthenticator.fromFile(file));
    assertTrue(e.getMessage().contains("Invalid user id \"../x\""), e.getMessage());
  }
}
