package dev.mcpgen.runtime;

import java.util.Base64;
import java.util.Objects;

/**
 * The contents of one resource as {@code resources/read} returns them: text, or binary data sent
 * as base64.
 */
public sealed interface ResourceContents permits ResourceContents.Text, ResourceContents.Blob {
  /** The resource's URI. */
  String uri();

  /** Its MIME type, or {@code null} when unknown. */
  String mimeType();

  /** Text contents. */
  static ResourceContents text(String uri, String mimeType, String text) {
    return new Text(uri, mimeType, text);
  }

  /** Binary contents, base64-encoded here. */
  static ResourceContents blob(String uri, String mimeType, byte[] data) {
    return new Blob(uri, mimeType, Base64.getEncoder().encodeToString(data));
  }

  /** Text contents: {@code {"uri", "mimeType", "text"}}. */
  record Text(String uri, String mimeType, String text) implements ResourceContents {
    public Text {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Binary contents: {@code {"uri", "mimeType", "blob"}}, the blob in base64. */
  record Blob(String uri, String mimeType, String base64Data) implements ResourceContents {
    public Blob {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(base64Data, "base64Data");
    }
  }
}
