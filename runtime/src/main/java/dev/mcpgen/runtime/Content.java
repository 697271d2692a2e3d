package dev.mcpgen.runtime;

import java.util.Base64;
import java.util.Objects;

/**
 * A piece of tool result content. Return one (or a {@link CallToolResult}) from a tool to control
 * exactly what the client receives.
 */
public sealed interface Content permits Content.Text, Content.Image, Content.Audio {

  /** Text content. */
  static Text text(String text) {
    return new Text(text);
  }

  /** An image, e.g. {@code Content.image(png, "image/png")}. */
  static Image image(byte[] data, String mimeType) {
    return new Image(Base64.getEncoder().encodeToString(data), mimeType);
  }

  /** Audio, e.g. {@code Content.audio(wav, "audio/wav")}. */
  static Audio audio(byte[] data, String mimeType) {
    return new Audio(Base64.getEncoder().encodeToString(data), mimeType);
  }

  /** Plain text. */
  record Text(String text) implements Content {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** An image, base64-encoded. */
  record Image(String base64Data, String mimeType) implements Content {
    public Image {
      Objects.requireNonNull(base64Data, "base64Data");
      Objects.requireNonNull(mimeType, "mimeType");
    }
  }

  /** Audio, base64-encoded. */
  record Audio(String base64Data, String mimeType) implements Content {
    public Audio {
      Objects.requireNonNull(base64Data, "base64Data");
      Objects.requireNonNull(mimeType, "mimeType");
    }
  }
}
