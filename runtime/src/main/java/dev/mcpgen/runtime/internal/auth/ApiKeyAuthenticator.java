package dev.mcpgen.runtime.internal.auth;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.Names;
import dev.mcpgen.runtime.spi.AuthenticationException;
import dev.mcpgen.runtime.spi.Authenticator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks API keys against a file of their hashes, mapping each key to its user:
 *
 * <pre>{@code
 * {"keys": [{"userId": "alice", "sha256": "9f86d0...", "label": "laptop"}]}
 * }</pre>
 *
 * <p>A client presents its key as {@code Authorization: Bearer <key>}. The seed's path form
 * {@code /{server}/{userId}:{apiKey}} is verified the same way, and must name the key's own
 * user; it is accepted only for old clients, because keys in URLs end up in logs and browser
 * histories. Every entry is compared, in constant time, whatever matched first.
 */
public final class ApiKeyAuthenticator implements Authenticator {
  private static final String INVALID = "Bearer realm=\"mcp\", error=\"invalid_token\"";

  private record Entry(String userId, String sha256) {}

  private final List<Entry> entries;

  private ApiKeyAuthenticator(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * The keys listed in {@code file}; none if it does not exist.
   *
   * @throws IllegalStateException when the file cannot be read or an entry is malformed
   */
  public static ApiKeyAuthenticator fromFile(Path file) {
    try {
      JsonNode keys = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8))
          .path("keys");
      List<Entry> entries = new ArrayList<>();
      for (JsonNode key : keys) {
        entries.add(new Entry(Names.check("user id", key.path("userId").asString("")),
            key.path("sha256").asString("")));
      }
      return new ApiKeyAuthenticator(entries);
    } catch (NoSuchFileException e) {
      return new ApiKeyAuthenticator(List.of());
    } catch (IOException | JacksonException | IllegalArgumentException e) {
      throw new IllegalStateException("Cannot read the API keys in " + file + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public UserContext authenticate(Request request) throws AuthenticationException {
    String bearer = bearer(request.headers().apply("Authorization"));
    String key = bearer != null ? bearer : request.apiKey();
    if (key == null || key.isEmpty()) {
      throw new AuthenticationException("an API key is required: send Authorization: Bearer "
          + "<key>", "Bearer realm=\"mcp\"");
    }
    String owner = owner(key);
    if (owner == null || (bearer == null && !owner.equals(request.userId()))) {
      // The path form names a user: a key must not open another user's sessions.
      throw new AuthenticationException("the API key is not valid", INVALID);
    }
    return new UserContext(owner, key);
  }

  /** The user whose key this is, or {@code null}; looks at every entry whatever matches. */
  private String owner(String key) {
    String owner = null;
    for (Entry entry : entries) {
      if (ApiKeyHashes.matches(key, entry.sha256()) && owner == null) {
        owner = entry.userId();
      }
    }
    return owner;
  }

  private static String bearer(String authorization) {
    if (authorization == null || authorization.length() < 7
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).strip();
  }
}
