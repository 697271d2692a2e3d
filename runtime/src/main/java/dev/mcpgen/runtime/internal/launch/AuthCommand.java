package dev.mcpgen.runtime.internal.launch;

import dev.mcpgen.runtime.ApiKey;
import dev.mcpgen.runtime.OAuthToken;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Names;
import dev.mcpgen.runtime.internal.auth.AuthClients;
import dev.mcpgen.runtime.internal.auth.LoopbackAuthorization;
import dev.mcpgen.runtime.spi.AuthClient;
import dev.mcpgen.runtime.spi.CredentialsException;
import dev.mcpgen.runtime.spi.OAuthClientConfig;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code auth --service NAME [--user-id ID]}: stores a user's credentials for a service. A
 * service with an OAuth client configured signs in through the browser (authorization code with
 * PKCE on a loopback redirect); any other is asked for an API key, not echoed when there is a
 * console.
 */
public final class AuthCommand {
  /** What {@code auth --help} prints. */
  public static final String USAGE =
      """
      Usage: java -jar <server>.jar auth --service NAME [--user-id ID]

      Stores credentials for a service, for the local user (default: local). A service
      with an oauth.json in its credentials folder signs in through the browser; any
      other is asked for an API key. Credentials go to MCPGEN_CREDENTIALS_DIR
      (default: ~/.mcpgen/credentials), readable by you only.
      """;

  private final AuthClients clients;
  private final HttpClient http;
  private final Duration patience;

  /** A command saving through {@code clients}, reaching token endpoints with {@code http}. */
  public AuthCommand(AuthClients clients, HttpClient http, Duration patience) {
    this.clients = clients;
    this.http = http;
    this.patience = patience;
  }

  /**
   * Runs {@code args} (after the word {@code auth}); returns the exit code: 0 when stored, 1
   * when it failed, 2 for a wrong command line.
   *
   * @param in where an API key is read from when there is no console
   * @param err where prompts, the URL to open and errors go
   */
  public int run(String[] args, BufferedReader in, PrintStream err)
      throws InterruptedException {
    String service = null;
    String userId = UserContext.LOCAL_USER;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--service" -> service = i + 1 < args.length ? args[++i] : null;
        case "--user-id" -> userId = i + 1 < args.length ? args[++i] : null;
        case "-h", "--help" -> {
          err.print(USAGE);
          return 0;
        }
        default -> {
          return usage(err, "unknown argument " + args[i]);
        }
      }
    }
    if (service == null || userId == null) {
      return usage(err, "auth needs --service NAME (and a value after --user-id)");
    }
    try {
      store(Names.check("service name", service), Names.check("user id", userId), in, err);
      return 0;
    } catch (IllegalArgumentException | CredentialsException | IOException e) {
      err.println("mcpgen: " + e.getMessage());
      return 1;
    }
  }

  private void store(String service, String userId, BufferedReader in, PrintStream err)
      throws IOException, InterruptedException {
    AuthClient<OAuthToken> tokens = clients.client(service, OAuthToken.class);
    Optional<OAuthClientConfig> oauth = tokens.oauthClient();
    if (oauth.isPresent()) {
      err.println("Signing " + userId + " in to " + service + ".");
      tokens.save(userId, new LoopbackAuthorization(oauth.get(), http, Clock.systemUTC(),
          patience).authorize(err));
      err.println("Saved the OAuth token of " + userId + " for " + service + ".");
      return;
    }
    String key = readKey(service, in, err);
    if (key.isBlank()) {
      throw new IllegalArgumentException("No API key entered; nothing saved");
    }
    clients.client(service, ApiKey.class).save(userId, new ApiKey(key.strip()));
    err.println("Saved the API key of " + userId + " for " + service + ".");
  }

  private static String readKey(String service, BufferedReader in, PrintStream err)
      throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] key = console.readPassword("API key for %s: ", service);
      return key == null ? "" : new String(key);
    }
    err.print("API key for " + service + ": ");
    err.flush();
    String line = in.readLine();
    return line == null ? "" : line;
  }

  private static int usage(PrintStream err, String message) {
    err.println("mcpgen: " + message);
    err.println();
    err.print(USAGE);
    return 2;
  }
}
