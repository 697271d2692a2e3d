package dev.mcpgen.runtime.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.ApiKey;
import dev.mcpgen.runtime.OAuthToken;
import dev.mcpgen.runtime.internal.launch.AuthCommand;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code auth --service NAME}: API keys from a prompt, OAuth through a loopback redirect. */
class AuthCommandTest {
  @TempDir Path base;

  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NORMAL).build();

  private AuthClients clients() {
    return AuthClients.of(new LocalFileProvider(base), Clock.systemUTC());
  }

  private AuthCommand command() {
    return new AuthCommand(clients(), http, Duration.ofSeconds(30));
  }

  @Test
  void anApiKeyIsReadFromTheInputAndSavedForTheNamedUser() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = command().run(new String[] {"--service", "weather", "--user-id", "alice"},
        new BufferedReader(new StringReader("k-123\n")), new PrintStream(err, true));

    assertEquals(0, exit, err.toString());
    assertEquals(Optional.of(new ApiKey("k-123")),
        clients().client("weather", ApiKey.class).credentials("alice"));
    assertFalse(err.toString().contains("k-123"), "the key is never printed");
  }

  @Test
  void hostileNamesAreRefusedWithAClearErrorAndNothingIsWritten() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = command().run(new String[] {"--service", "weather", "--user-id", "../x"},
        new BufferedReader(new StringReader("k\n")), new PrintStream(err, true));

    assertEquals(1, exit);
    assertTrue(err.toString().startsWith("mcpgen: Invalid user id \"../x\""), err.toString());
    try (var files = Files.list(base)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void oauthSignsInThroughTheLoopbackRedirectWithPkceAndState() throws Exception {
    try (AuthorizationServerFixture server = new AuthorizationServerFixture(3600)) {
      configure(server);
      PipedInputStream prompts = new PipedInputStream();
      PrintStream err = new PrintStream(new PipedOutputStream(prompts), true);
      CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run(err));

      URI url = awaitUrl(prompts);
      assertTrue(url.getRawQuery().contains("code_challenge_method=S256"), url.toString());
      URI forged = URI.create(redirectUri(url) + "?code=stolen&state=guess");
      assertEquals(400, http.send(HttpRequest.newBuilder(forged).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode(), "a wrong state is refused");
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(url).build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals("Signed in. You can close this window.", page.body());
      assertEquals(0, exit.get(30, TimeUnit.SECONDS));
      OAuthToken token =
          clients().client("github", OAuthToken.class).credentials("local").orElseThrow();
      assertEquals("access-1", token.accessToken());
      assertEquals("refresh-1", token.refreshToken());
    }
  }

  @Test
  void aTokenAboutToExpireIsRefreshedAndKeepsItsRefreshToken() throws Exception {
    try (AuthorizationServerFixture server = new AuthorizationServerFixture(30)) {
      configure(server);
      clients().client("github", OAuthToken.class).save("alice", new OAuthToken("access-0",
          "refresh-1", "Bearer", null, Clock.systemUTC().instant().getEpochSecond() + 30));

      OAuthToken token =
          clients().client("github", OAuthToken.class).credentials("alice").orElseThrow();

      assertEquals("access-1", token.accessToken());
      assertEquals("refresh-1", token.refreshToken(), "kept: the server sent no new one");
      assertEquals(token, new LocalFileProvider(base).client("github", OAuthToken.class)
          .credentials("alice").orElseThrow(), "saved");
      assertNotEquals(null, token.expiresAt());
    }
  }

  private int run(PrintStream err) {
    try {
      return command().run(new String[] {"--service", "github"},
          new BufferedReader(new StringReader("")), err);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private void configure(AuthorizationServerFixture server) throws Exception {
    Files.createDirectories(base.resolve("github"));
    Files.writeString(base.resolve("github/oauth.json"), "{\"authorizationEndpoint\":\""
        + server.url("/authorize") + "\",\"tokenEndpoint\":\"" + server.url("/token")
        + "\",\"clientId\":\"app\",\"scopes\":[\"repo\",\"user\"]}");
  }

  /** Reads the prompts as a user would, until the URL to open. */
  private static URI awaitUrl(PipedInputStream prompts) throws Exception {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(prompts, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.startsWith("http")) {
        return URI.create(line);
      }
    }
    throw new AssertionError("no URL printed");
  }

  private static String redirectUri(URI authorization) {
    for (String pair : authorization.getRawQuery().split("&")) {
      if (pair.startsWith("redirect_uri=")) {
        return URLDecoder.decode(pair.substring(13), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no redirect_uri in " + authorization);
  }
}
