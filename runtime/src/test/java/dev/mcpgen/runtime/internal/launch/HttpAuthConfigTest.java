package dev.mcpgen.runtime.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.McpHttpHost;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpAuthConfigTest {
  private static final List<String> PROPERTIES = List.of("mcpgen.http.apiKeys",
      "mcpgen.oauth.introspectionUrl", "mcpgen.oauth.clientId", "mcpgen.oauth.clientSecret",
      "mcpgen.oauth.issuer", "mcpgen.oauth.publicUrl");

  @TempDir Path folder;

  @AfterEach
  void clear() {
    PROPERTIES.forEach(System::clearProperty);
  }

  @Test
  void withNothingConfiguredTheReportSaysNothingIsChecked() throws Exception {
    assertTrue(HttpAuthConfig.configure(McpHttpHost.builder())
        .startsWith("none: the user is whoever the path names"));
  }

  @Test
  void anApiKeysFileTurnsKeyChecksOn() throws Exception {
    System.setProperty("mcpgen.http.apiKeys", folder.resolve("keys.json").toString());

    assertEquals("API keys listed in " + folder.resolve("keys.json"),
        HttpAuthConfig.configure(McpHttpHost.builder()));
  }

  @Test
  void oauthNeedsEverySettingAndNamesTheMissingOne() {
    System.setProperty("mcpgen.oauth.introspectionUrl", "https://as.example.com/introspect");
    System.setProperty("mcpgen.oauth.clientId", "rs");

    LaunchException e = assertThrows(LaunchException.class,
        () -> HttpAuthConfig.configure(McpHttpHost.builder()));
    assertEquals("mcpgen.oauth.clientSecret must be set when mcpgen.oauth.introspectionUrl is",
        e.getMessage());
  }
}
