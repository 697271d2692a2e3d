package dev.mcpgen.runtime.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mcpgen.runtime.ApiKey;
import dev.mcpgen.runtime.spi.AuthClient;
import dev.mcpgen.runtime.spi.CredentialsException;
import dev.mcpgen.runtime.spi.OAuthClientConfig;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileAuthClientTest {
  @TempDir Path base;

  private AuthClient<ApiKey> weather() {
    return new LocalFileProvider(base).client("weather", ApiKey.class);
  }

  @Test
  void savedCredentialsAreReadBackForTheirUserOnly() {
    weather().save("alice", new ApiKey("alice-key"));

    assertEquals(Optional.of(new ApiKey("alice-key")), weather().credentials("alice"));
    assertEquals(Optional.empty(), weather().credentials("bob"));
    assertEquals(Optional.empty(),
        new LocalFileProvider(base).client("github", ApiKey.class).credentials("alice"));
  }

  @Test
  void aSecondSaveReplacesTheFirstAndLeavesNoTemporaryFile() throws Exception {
    weather().save("alice", new ApiKey("old"));
    weather().save("alice", new ApiKey("new"));

    assertEquals("new", weather().credentials("alice").orElseThrow().key());
    try (Stream<Path> files = Files.list(base.resolve("weather/users"))) {
      assertEquals(List.of("alice.json"),
          files.map(file -> file.getFileName().toString()).toList());
    }
  }

  @Test
  void credentialFilesAndFoldersAreTheOwnersAlone() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    weather().save("alice", new ApiKey("k"));

    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(base.resolve("weather/users/alice.json"))));
    assertEquals("rwx------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(base.resolve("weather/users"))));
    assertEquals("rwx------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(base.resolve("weather"))));
  }

  @Test
  void hostileUserIdsAreRejectedBeforeTheyBecomePaths() {
    for (String hostile : new String[] {"../x", "", "x".repeat(10_000), "a\u0007b", "a/b",
        "a\\b", "..", "C:x"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> weather().save(hostile, new ApiKey("k")), hostile);

      assertTrue(e.getMessage().startsWith("Invalid user id"), e.getMessage());
      assertTrue(e.getMessage().length() < 300, "quotes a short prefix: " + e.getMessage());
    }
    assertFalse(Files.exists(base.resolve("x.json")));
    assertFalse(Files.exists(base.resolve("weather/x.json")));
  }

  @Test
  void hostileServiceNamesAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LocalFileProvider(base).client("../../etc", ApiKey.class));

    assertEquals("Invalid service name \"../../etc\": only letters, digits and . _ - @ + are "
        + "allowed (no path separators, control characters or spaces), and not . or ..",
        e.getMessage());
  }

  @Test
  void theServicesOAuthClientIsReadFromOauthJson() throws Exception {
    Files.createDirectories(base.resolve("github"));
    Files.writeString(base.resolve("github/oauth.json"), """
        {"authorizationEndpoint":"https://as/authorize","tokenEndpoint":"https://as/token",
         "clientId":"app","scopes":["repo"]}""");

    assertEquals(Optional.of(new OAuthClientConfig("https://as/authorize", "https://as/token",
        "app", null, List.of("repo"))),
        new LocalFileProvider(base).client("github", ApiKey.class).oauthClient());
    assertEquals(Optional.empty(), weather().oauthClient());
  }

  @Test
  void aCorruptFileIsReportedWithoutQuotingItsContent() throws Exception {
    weather().save("alice", new ApiKey("k"));
    Files.writeString(base.resolve("weather/users/alice.json"), "{\"key\": \"s3cret");

    CredentialsException e = assertThrows(CredentialsException.class,
        () -> weather().credentials("alice"));

    assertTrue(e.getMessage().endsWith("alice.json is not a valid ApiKey (JSON): fix or delete "
        + "it and run auth again"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"));
  }
}
