package dev.mcpgen.runtime.internal.auth;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.spi.AuthenticationException;
import dev.mcpgen.runtime.spi.TokenValidator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Validates tokens at the authorization server's introspection endpoint (RFC 7662): a token is
 * accepted only if it is active, unexpired and issued for the resource (its {@code aud}); its
 * {@code sub} becomes the user id and its {@code scope} the user's scopes.
 */
public final class IntrospectionTokenValidator implements TokenValidator {
  private final URI endpoint;
  private final String authorization;
  private final HttpClient http;
  private final Clock clock;

  /**
   * @param endpoint the introspection endpoint
   * @param clientId this resource server's client id there
   * @param clientSecret its secret
   */
  public IntrospectionTokenValidator(URI endpoint, String clientId, String clientSecret,
      HttpClient http, Clock clock) {
    this.endpoint = endpoint;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    this.http = http;
    this.clock = clock;
  }

  @Override
  public UserContext validate(String token, String resource) throws AuthenticationException {
    JsonNode claims = introspect(token);
    if (!claims.path("active").asBoolean(false)) {
      throw new AuthenticationException("the access token is not active");
    }
    if (claims.has("exp") && claims.get("exp").asLong() <= clock.instant().getEpochSecond()) {
      throw new AuthenticationException("the access token has expired");
    }
    if (!audience(claims.get("aud")).contains(resource)) {
      throw new AuthenticationException("the access token was not issued for " + resource);
    }
    String subject = claims.path("sub").asString("");
    if (subject.isEmpty()) {
      throw new AuthenticationException("the access token names no subject");
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (String scope : claims.path("scope").asString("").split(" ")) {
      if (!scope.isEmpty()) {
        scopes.add(scope);
      }
    }
    return new UserContext(subject, null, scopes);
  }

  private JsonNode introspect(String token) throws AuthenticationException {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", authorization)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(TokenEndpoint.encode(Map.of("token", token))))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Token introspection at " + endpoint + " answered HTTP "
            + response.statusCode());
      }
      return Json.MAPPER.readTree(response.body());
    } catch (IOException | JacksonException e) {
      throw new IllegalStateException("Token introspection at " + endpoint + " failed: "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuthenticationException("interrupted while checking the access token");
    }
  }

  /** {@code aud} is a string or an array of them (RFC 7662 section 2.2). */
  private static Set<String> audience(JsonNode aud) {
    Set<String> audience = new LinkedHashSet<>();
    if (aud != null && aud.isString()) {
      audience.add(aud.stringValue());
    } else if (aud != null && aud.isArray()) {
      aud.forEach(value -> audience.add(value.asString("")));
    }
    return audience;
  }
}
