package dev.mcpgen.runtime.internal.launch;

import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.Names;
import dev.mcpgen.runtime.internal.auth.ApiKeyHashes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code api-key --user-id ID}: makes a new API key for a user of the {@code http} command,
 * prints it once on standard output, and adds only its hash to the keys file
 * ({@code mcpgen.http.apiKeys} / {@code MCPGEN_API_KEYS}, default
 * {@code ~/.mcpgen/api-keys.json}).
 */
public final class ApiKeyCommand {
  /** What {@code api-key --help} prints. */
  public static final String USAGE =
      """
      Usage: java -jar <server>.jar api-key --user-id ID

      Prints a new API key for user ID on standard output, once, and adds its SHA-256 to
      the keys file that http reads (mcpgen.http.apiKeys or MCPGEN_API_KEYS, default
      ~/.mcpgen/api-keys.json). Clients send it as Authorization: Bearer <key>.
      """;

  private ApiKeyCommand() {}

  /** Runs {@code args} (after {@code api-key}); returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      err.print(USAGE);
      return 0;
    }
    if (args.length != 2 || !args[0].equals("--user-id")) {
      err.println("mcpgen: api-key needs --user-id ID");
      err.print(USAGE);
      return 2;
    }
    String configured = HttpAuthConfig.setting("mcpgen.http.apiKeys");
    Path file = configured != null ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".mcpgen", "api-keys.json");
    try {
      String key = ApiKeyHashes.newKey();
      add(file, Names.check("user id", args[1]), ApiKeyHashes.hash(key));
      out.println(key);
      err.println("mcpgen: added a key of " + args[1] + " to " + file
          + "; it is shown only now");
      return 0;
    } catch (IllegalArgumentException | IOException e) {
      err.println("mcpgen: " + e.getMessage());
      return 1;
    }
  }

  /** Rewrites the file through a temporary one, so a server never reads half of it. */
  private static void add(Path file, String userId, String hash) throws IOException {
    ObjectNode keys;
    try {
      keys = (ObjectNode) Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      keys = JsonNodeFactory.instance.objectNode();
    }
    ArrayNode entries = keys.withArray("keys");
    entries.addObject().put("userId", userId).put("sha256", hash);
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, ".api-keys-", ".json");
    Files.writeString(temporary, Json.MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsString(keys), StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
