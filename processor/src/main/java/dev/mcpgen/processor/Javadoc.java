package dev.mcpgen.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Javadoc comment that become descriptions: the main description and the
 * {@code @param} tags. Text is cleaned for models, not browsers: inline tags become their text
 * ({@code {@code x}} becomes {@code x}), line breaks within a paragraph become spaces, and
 * paragraphs (blank lines or {@code <p>}) are separated by a blank line.
 *
 * @param description the main description, or null when there is none
 * @param params the {@code @param} descriptions by parameter name
 */
record Javadoc(String description, Map<String, String> params) {
  static final Javadoc NONE = new Javadoc(null, Map.of());

  private static final Pattern BLOCK_TAG = Pattern.compile("^\\s*@(\\w+)\\s*(.*)$");
  private static final Pattern LINK =
      Pattern.compile("\\{@link(?:plain)?\\s+([^\\s}]+)\\s*([^}]*)}");
  private static final Pattern INLINE_TAG = Pattern.compile("\\{@\\w+\\s*([^}]*)}");
  private static final Pattern PARAGRAPH =
      Pattern.compile("\\n\\s*\\n|<p>", Pattern.CASE_INSENSITIVE);

  /** Parses the text {@code Elements.getDocComment} returns; null gives {@link #NONE}. */
  static Javadoc parse(String comment) {
    if (comment == null) {
      return NONE;
    }
    StringBuilder main = new StringBuilder();
    Map<String, String> params = new LinkedHashMap<>();
    StringBuilder block = null;
    String param = null;
    for (String line : comment.split("\n", -1)) {
      Matcher tag = BLOCK_TAG.matcher(line);
      if (tag.matches()) {
        if (param != null) {
          params.put(param, clean(block.toString()));
        }
        param = null;
        block = new StringBuilder();
        if (tag.group(1).equals("param")) {
          String[] nameAndText = tag.group(2).split("\\s+", 2);
          param = nameAndText[0];
          block.append(nameAndText.length > 1 ? nameAndText[1] : "");
        }
      } else {
        (block == null ? main : block).append('\n').append(line);
      }
    }
    if (param != null) {
      params.put(param, clean(block.toString()));
    }
    return new Javadoc(clean(main.toString()), params);
  }

  /** The {@code @param} description of {@code name}, or null. */
  String param(String name) {
    return params.get(name);
  }

  private static String clean(String text) {
    text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(linkText(m)));
    text = INLINE_TAG.matcher(text).replaceAll("$1");
    StringBuilder out = new StringBuilder();
    for (String paragraph : PARAGRAPH.split(text)) {
      String flat = paragraph.strip().replaceAll("\\s+", " ");
      if (!flat.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(flat);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static String linkText(MatchResult link) {
    String label = link.group(2).strip();
    if (!label.isEmpty()) {
      return label;
    }
    String target = link.group(1);
    return target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
  }
}
