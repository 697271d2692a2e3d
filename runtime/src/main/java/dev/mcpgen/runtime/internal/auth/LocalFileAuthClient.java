package dev.mcpgen.runtime.internal.auth;

import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.Names;
import dev.mcpgen.runtime.spi.AuthClient;
import dev.mcpgen.runtime.spi.CredentialsException;
import dev.mcpgen.runtime.spi.OAuthClientConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * Credentials in local files, for single-user development: {@code <base>/<service>/oauth.json}
 * holds the service's OAuth client, {@code <base>/<service>/users/<userId>.json} each user's
 * credentials. Names are checked before they become paths, so no user id or service name can
 * reach outside the base folder.
 *
 * @param <C> the credential type
 */
final class LocalFileAuthClient<C> implements AuthClient<C> {
  private final Path serviceFolder;
  private final String service;
  private final Class<C> type;

  LocalFileAuthClient(Path base, String service, Class<C> type) {
    this.service = Names.check("service name", service);
    this.serviceFolder = base.resolve(service);
    this.type = type;
  }

  @Override
  public Optional<C> credentials(String userId) {
    return read(userFile(userId), type);
  }

  @Override
  public void save(String userId, C credentials) {
    Path file = userFile(userId);
    try {
      SecureFiles.write(file, Json.MAPPER.writeValueAsString(credentials));
    } catch (IOException e) {
      throw new CredentialsException("Could not save the credentials of service '" + service
          + "' to " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<OAuthClientConfig> oauthClient() {
    return read(serviceFolder.resolve("oauth.json"), OAuthClientConfig.class);
  }

  private Path userFile(String userId) {
    return serviceFolder.resolve("users").resolve(Names.check("user id", userId) + ".json");
  }

  private <T> Optional<T> read(Path file, Class<T> as) {
    try {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      return Optional.of(Json.MAPPER.readValue(json, as));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new CredentialsException("Could not read " + file + ": " + e.getMessage(), e);
    } catch (JacksonException e) {
      // Neither the message nor the cause: a parse error quotes the file's content, a secret.
      throw new CredentialsException(file + " is not a valid " + as.getSimpleName()
          + " (JSON): fix or delete it and run auth again");
    }
  }
}
