package dev.mcpgen.runtime.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mcpgen.runtime.ApiKey;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which credentials provider configuration picks. */
class AuthClientsTest {
  @TempDir Path folder;

  @AfterEach
  void clear() {
    System.clearProperty(AuthClients.PROPERTY);
    System.clearProperty(LocalFileProvider.DIR_PROPERTY);
  }

  @Test
  void byDefaultCredentialsAreLocalFilesInTheConfiguredFolder() {
    System.setProperty(LocalFileProvider.DIR_PROPERTY, folder.toString());
    new LocalFileProvider(folder).client("weather", ApiKey.class).save("alice", new ApiKey("k"));

    assertEquals(Optional.of(new ApiKey("k")),
        AuthClients.configured().client("weather", ApiKey.class).credentials("alice"));
  }

  @Test
  void aProviderNamedButAbsentIsAClearStartUpError() {
    System.setProperty(AuthClients.PROPERTY, "vault");

    IllegalStateException e = assertThrows(IllegalStateException.class,
        AuthClients::configured);
    assertEquals("No credentials provider named 'vault' (mcpgen.credentials); on the class "
        + "path: [file]", e.getMessage());
  }
}
