package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reads the {@code icons} and {@code meta} attributes that servers, tools, resources and prompts
 * share, reporting each icon or {@code _meta} key MCP would not accept on the value written.
 */
final class MetadataReader {
  /**
   * A {@code _meta} key: an optional prefix of dot-separated labels ending in {@code /}, then a
   * name that, unless empty, begins and ends with a letter or digit.
   */
  private static final Pattern META_KEY = Pattern.compile(
      "(?:((?:[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/)?"
          + "(?:[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)?");

  /** Second labels of prefixes MCP reserves for itself, as in {@code io.modelcontextprotocol/}. */
  private static final Set<String> RESERVED = Set.of("modelcontextprotocol", "mcp");

  private final Diagnostics diagnostics;

  MetadataReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The icons written in {@code mirror}, in order; problems are reported on {@code element}. */
  List<IconModel> icons(Element element, AnnotationMirror mirror, String owner) {
    List<IconModel> icons = new ArrayList<>();
    if (!(Annotations.raw(mirror, "icons") instanceof List<?> values)) {
      return icons;
    }
    for (Object value : values) {
      AnnotationMirror icon = (AnnotationMirror) ((AnnotationValue) value).getValue();
      String src = Annotations.string(icon, "src", "");
      if (!src.startsWith("https:") && !src.startsWith("data:")) {
        diagnostics.report(Message.ICON_SOURCE, element, mirror,
            Annotations.explicit(mirror, "icons"), src, owner);
      }
      String theme = Annotations.string(icon, "theme", "");
      if (!theme.isEmpty() && !theme.equals("light") && !theme.equals("dark")) {
        diagnostics.report(Message.ICON_THEME, element, mirror,
            Annotations.explicit(mirror, "icons"), theme, owner);
      }
      icons.add(new IconModel(src, Methods.orNull(Annotations.string(icon, "mimeType", "")),
          Annotations.strings(icon, "sizes"), Methods.orNull(theme)));
    }
    return icons;
  }

  /** The {@code _meta} object written in {@code mirror}, or null when none is. */
  JsonObject meta(Element element, AnnotationMirror mirror, String owner) {
    String text = Annotations.string(mirror, "meta", "");
    if (text.isEmpty()) {
      return null;
    }
    JsonValue value;
    try {
      value = JsonParser.parse(text);
    } catch (JsonParser.Failure e) {
      diagnostics.reportAtValue(Message.META_NOT_OBJECT, element, mirror, "meta", owner,
          e.getMessage());
      return null;
    }
    if (!(value instanceof JsonObject meta)) {
      diagnostics.reportAtValue(Message.META_NOT_OBJECT, element, mirror, "meta", owner,
          "it is " + value.toJson());
      return null;
    }
    for (String key : meta.members().keySet()) {
      String problem = keyProblem(key);
      if (problem != null) {
        diagnostics.reportAtValue(Message.META_KEY, element, mirror, "meta", key, owner, problem);
      }
    }
    return meta;
  }

  private static String keyProblem(String key) {
    Matcher matcher = META_KEY.matcher(key);
    if (!matcher.matches()) {
      return "is not a valid key: a prefix is labels of letters, digits and hyphens joined by"
          + " dots and ended by '/', and a name begins and ends with a letter or digit";
    }
    String prefix = matcher.group(1);
    String[] labels = prefix == null ? new String[0] : prefix.split("\\.");
    if (labels.length > 1 && RESERVED.contains(labels[1])) {
      return "uses the prefix '" + prefix + "/', which MCP reserves for itself";
    }
    return null;
  }
}
