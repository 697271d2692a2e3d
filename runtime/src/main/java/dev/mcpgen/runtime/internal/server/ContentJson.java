package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.Content;
import dev.mcpgen.runtime.ResourceContents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Content blocks and resource contents on the wire, field by field, as tool results, prompt
 * messages, resource reads and sampling use them.
 */
final class ContentJson {
  private ContentJson() {}

  /** One content block. */
  static ObjectNode write(Content item) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    if (item instanceof Content.Text text) {
      return json.put("type", "text").put("text", text.text());
    } else if (item instanceof Content.Image image) {
      return json.put("type", "image").put("data", image.base64Data())
          .put("mimeType", image.mimeType());
    } else if (item instanceof Content.Audio audio) {
      return json.put("type", "audio").put("data", audio.base64Data())
          .put("mimeType", audio.mimeType());
    } else if (item instanceof Content.Resource resource) {
      json.put("type", "resource").set("resource", write(resource.contents()));
      return json;
    }
    Content.ResourceLink link = (Content.ResourceLink) item;
    json.put("type", "resource_link").put("uri", link.uri()).put("name", link.name());
    putIfSet(json, "title", link.title());
    putIfSet(json, "description", link.description());
    putIfSet(json, "mimeType", link.mimeType());
    if (link.size() != null) {
      json.put("size", link.size());
    }
    return json;
  }

  /** One resource's contents: {@code {"uri", "mimeType", "text" | "blob"}}. */
  static ObjectNode write(ResourceContents item) {
    ObjectNode json = JsonNodeFactory.instance.objectNode().put("uri", item.uri());
    putIfSet(json, "mimeType", item.mimeType());
    if (item instanceof ResourceContents.Text text) {
      return json.put("text", text.text());
    }
    return json.put("blob", ((ResourceContents.Blob) item).base64Data());
  }

  /**
   * The content block {@code json}, as a client sends it (a sampled message).
   *
   * @throws IllegalArgumentException when it is not a content block this runtime knows
   */
  static Content read(JsonNode json) {
    String type = json.path("type").asString("");
    return switch (type) {
      case "text" -> Content.text(required(json, "text"));
      case "image" -> new Content.Image(required(json, "data"), required(json, "mimeType"));
      case "audio" -> new Content.Audio(required(json, "data"), required(json, "mimeType"));
      default -> throw new IllegalArgumentException("unsupported content type '" + type + "'");
    };
  }

  private static String required(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || !value.isString()) {
      throw new IllegalArgumentException("content without \"" + field + "\"");
    }
    return value.stringValue();
  }

  private static void putIfSet(ObjectNode json, String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
  }
}
