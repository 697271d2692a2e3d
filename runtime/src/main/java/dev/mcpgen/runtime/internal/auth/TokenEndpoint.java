package dev.mcpgen.runtime.internal.auth;

import dev.mcpgen.runtime.OAuthToken;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.spi.CredentialsException;
import dev.mcpgen.runtime.spi.OAuthClientConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The token endpoint of an OAuth 2.0 authorization server (RFC 6749 section 4.1.3 and 6):
 * exchanges an authorization code, with its PKCE verifier, or a refresh token for an
 * {@link OAuthToken}.
 */
final class TokenEndpoint {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final OAuthClientConfig client;
  private final HttpClient http;
  private final Clock clock;

  TokenEndpoint(OAuthClientConfig client, HttpClient http, Clock clock) {
    this.client = client;
    this.http = http;
    this.clock = clock;
  }

  /** Exchanges {@code code}, issued for {@code redirectUri}, proven by {@code verifier}. */
  OAuthToken exchange(String code, String redirectUri, String verifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", verifier);
    return post(form, null);
  }

  /** Renews {@code token}; keeps its refresh token when the server sends no new one. */
  OAuthToken refresh(OAuthToken token) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", token.refreshToken());
    return post(form, token.refreshToken());
  }

  private OAuthToken post(Map<String, String> form, String previousRefreshToken) {
    form.put("client_id", client.clientId());
    if (client.clientSecret() != null) {
      form.put("client_secret", client.clientSecret());
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(client.tokenEndpoint()))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CredentialsException("Token endpoint " + client.tokenEndpoint()
          + " could not be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CredentialsException("Interrupted while asking " + client.tokenEndpoint(), e);
    }
    return token(response, previousRefreshToken);
  }

  private OAuthToken token(HttpResponse<String> response, String previousRefreshToken) {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(response.body());
    } catch (JacksonException e) {
      body = null;
    }
    if (response.statusCode() != 200 || body == null || !body.path("access_token").isString()) {
      // The error fields of RFC 6749 section 5.2 say why; the rest of the body may hold secrets.
      String error = body == null ? "" : " " + body.path("error").asString("")
          + " " + body.path("error_description").asString("");
      throw new CredentialsException("Token endpoint " + client.tokenEndpoint() + " refused: HTTP "
          + response.statusCode() + error.stripTrailing());
    }
    JsonNode refresh = body.get("refresh_token");
    JsonNode expiresIn = body.get("expires_in");
    return new OAuthToken(body.get("access_token").stringValue(),
        refresh != null && refresh.isString() ? refresh.stringValue() : previousRefreshToken,
        body.path("token_type").asString("Bearer"),
        body.path("scope").isString() ? body.get("scope").stringValue() : null,
        expiresIn != null && expiresIn.isNumber()
            ? clock.instant().getEpochSecond() + expiresIn.longValue() : null);
  }

  /** {@code application/x-www-form-urlencoded}, as RFC 6749 requires. */
  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
