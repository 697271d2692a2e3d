package dev.mcpgen.runtime;

import java.time.Instant;

/**
 * An OAuth 2.0 access token and what renews it, as {@code auth --service NAME} stores it for a
 * service configured for OAuth. Ask for it with {@code ctx.credentials("github",
 * OAuthToken.class)}: the runtime refreshes it before it expires, keeping the refresh token when
 * the authorization server does not send a new one.
 *
 * @param accessToken the bearer token to send to the service
 * @param refreshToken the token that renews it, or {@code null}
 * @param tokenType the token type, usually {@code Bearer}
 * @param scope the granted scopes, space-separated, or {@code null}
 * @param expiresAt when the access token expires, in epoch seconds, or {@code null} if unknown
 */
public record OAuthToken(String accessToken, String refreshToken, String tokenType, String scope,
    Long expiresAt) {
  /** Whether the access token expires before {@code now} plus {@code marginSeconds}. */
  public boolean expiresBefore(Instant now, long marginSeconds) {
    return expiresAt != null && expiresAt <= now.getEpochSecond() + marginSeconds;
  }

  /** Never prints the tokens: credentials end up in logs. */
  @Override
  public String toString() {
    return "OAuthToken[tokenType=" + tokenType + ", scope=" + scope + ", expiresAt=" + expiresAt
        + ", accessToken=***, refreshToken=" + (refreshToken == null ? "none" : "***") + "]";
  }
}
