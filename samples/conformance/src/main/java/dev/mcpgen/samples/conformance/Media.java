package dev.mcpgen.samples.conformance;

import java.util.Base64;

/** The small media files the conformance suite expects back, decoded once. */
final class Media {
  /** A 1×1 red PNG pixel. */
  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

  /** A minimal WAV file. */
  static final byte[] WAV = Base64.getDecoder().decode(
      "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=");

  private Media() {}
}
