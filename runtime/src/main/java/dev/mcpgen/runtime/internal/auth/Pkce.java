package dev.mcpgen.runtime.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636) with the {@code S256} method, and the random values an
 * authorization request needs.
 *
 * @param verifier the secret sent with the code to the token endpoint
 * @param challenge its SHA-256, sent with the authorization request
 */
record Pkce(String verifier, String challenge) {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new verifier of 256 random bits and its challenge. */
  static Pkce create() {
    String verifier = random();
    return new Pkce(verifier, challenge(verifier));
  }

  /** {@code BASE64URL(SHA256(ASCII(verifier)))}, unpadded. */
  static String challenge(String verifier) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /** 256 random bits, URL-safe: verifiers and {@code state} values. */
  static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
