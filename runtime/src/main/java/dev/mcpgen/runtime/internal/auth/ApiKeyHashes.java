package dev.mcpgen.runtime.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How API keys are kept: only their SHA-256, hex-encoded. A plain hash is enough, unlike for
 * passwords, because the keys are random and long (256 bits, see {@link #newKey()}): there is
 * nothing to guess from a dictionary, so a slow, salted hash would add cost and no safety.
 */
public final class ApiKeyHashes {
  private ApiKeyHashes() {}

  /** A new key: 256 random bits, URL-safe, prefixed {@code mcp_} so scanners can spot it. */
  public static String newKey() {
    return "mcp_" + Pkce.random();
  }

  /** The hex SHA-256 of {@code key}. */
  public static String hash(String key) {
    return HexFormat.of().formatHex(digest(key));
  }

  /**
   * Whether {@code key} hashes to {@code expectedHex}, in time that does not depend on where
   * they differ.
   */
  public static boolean matches(String key, String expectedHex) {
    byte[] expected;
    try {
      expected = HexFormat.of().parseHex(expectedHex);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(digest(key), expected);
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
