package dev.mcpgen.runtime;

import java.util.Base64;
import java.util.Objects;

/**
 * A piece of tool result content. Return one (or a {@link CallToolResult}) from a tool to control
 * exactly what the client receives.
 */
public sealed interface Content
    permits Content.Text, Content.Image, Content.Audio, Content.Resource, Content.ResourceLink {

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

  /** A resource's contents, embedded whole, e.g. {@code Content.resource(ResourceContents.text(...))}. */
  static Resource resource(ResourceContents contents) {
    return new Resource(contents);
  }

  /** A link to a resource the client can read or subscribe to, e.g. a file the tool made. */
  static ResourceLink link(String uri, String name) {
    return new ResourceLink(uri, name, null, null, null, null);
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

  /** An embedded resource: {@code {"type": "resource", "resource": {...}}}. */
  record Resource(ResourceContents contents) implements Content {
    public Resource {
      Objects.requireNonNull(contents, "contents");
    }
  }

  /**
   * A link to a resource: {@code {"type": "resource_link", "uri", "name", ...}}; unlike an
   * embedded resource, the client reads it if and when it wants.
   *
   * @param title a display name, or {@code null}
   * @param description what it is, or {@code null}
   * @param mimeType its MIME type, or {@code null}
   * @param size its size in bytes, or {@code null}
   */
  record ResourceLink(String uri, String name, String title, String description,
      String mimeType, Long size) implements Content {
    public ResourceLink {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(name, "name");
    }

    /** This link with a MIME type. */
    public ResourceLink withMimeType(String type) {
      return new ResourceLink(uri, name, title, description, type, size);
    }

    /** This link with a description. */
    public ResourceLink withDescription(String text) {
      return new ResourceLink(uri, name, title, text, mimeType, size);
    }
  }
}
