package dev.mcpgen.runtime.internal.auth;

import dev.mcpgen.runtime.spi.AuthClient;
import dev.mcpgen.runtime.spi.AuthClientProvider;
import java.nio.file.Path;

/**
 * The built-in {@code file} provider: credentials under a base folder, by default
 * {@code ~/.mcpgen/credentials}, else the system property {@code mcpgen.credentials.dir} or the
 * environment variable {@code MCPGEN_CREDENTIALS_DIR}.
 */
public final class LocalFileProvider implements AuthClientProvider {
  /** The system property naming the base folder. */
  public static final String DIR_PROPERTY = "mcpgen.credentials.dir";
  /** The environment variable naming the base folder when the property is not set. */
  public static final String DIR_ENVIRONMENT = "MCPGEN_CREDENTIALS_DIR";

  private final Path base;

  /** Credentials under {@code base}. */
  public LocalFileProvider(Path base) {
    this.base = base;
  }

  /** Credentials under the configured base folder. */
  public static LocalFileProvider configured() {
    String folder = System.getProperty(DIR_PROPERTY, System.getenv(DIR_ENVIRONMENT));
    return new LocalFileProvider(folder != null && !folder.isBlank()
        ? Path.of(folder)
        : Path.of(System.getProperty("user.home"), ".mcpgen", "credentials"));
  }

  @Override
  public String name() {
    return "file";
  }

  @Override
  public <C> AuthClient<C> client(String service, Class<C> type) {
    return new LocalFileAuthClient<>(base, service, type);
  }
}
