package dev.mcpgen.runtime.internal.schema;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/** {@code minLength}, {@code maxLength} (in code points), {@code pattern} and {@code format}. */
final class StringChecks implements Check {
  private final Integer minLength;
  private final Integer maxLength;
  private final Pattern pattern;
  private final Formats.Format format;

  private StringChecks(Integer minLength, Integer maxLength, Pattern pattern,
      Formats.Format format) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.pattern = pattern;
    this.format = format;
  }

  /** The checks of {@code schema}, or {@code null} when it has none of these keywords. */
  static Check of(JsonNode schema, String at) {
    Integer minLength = Keywords.count(schema, "minLength", at);
    Integer maxLength = Keywords.count(schema, "maxLength", at);
    Pattern pattern = pattern(Keywords.string(schema, "pattern", at), at);
    String formatName = Keywords.string(schema, "format", at);
    Formats.Format format = formatName == null ? null : Formats.named(formatName);
    boolean none = minLength == null && maxLength == null && pattern == null && format == null;
    return none ? null : new StringChecks(minLength, maxLength, pattern, format);
  }

  private static Pattern pattern(String regex, String at) {
    try {
      return regex == null ? null : Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new SchemaException(at + "/pattern", "invalid regular expression: "
          + e.getDescription());
    }
  }

  @Override
  public void check(JsonNode value, Path at, Violations out) {
    if (!value.isString()) {
      return;
    }
    String text = value.stringValue();
    if (minLength != null || maxLength != null) {
      int length = text.codePointCount(0, text.length());
      if (minLength != null && length < minLength) {
        out.add(at, "must be at least " + characters(minLength) + " long, got " + length);
      }
      if (maxLength != null && length > maxLength) {
        out.add(at, "must be at most " + characters(maxLength) + " long, got " + length);
      }
    }
    if (pattern != null && !pattern.matcher(text).find()) {
      out.add(at, "must match the pattern " + pattern.pattern() + ", got "
          + JsonValues.describe(value));
    }
    if (format != null && !format.test().test(text)) {
      out.add(at, "expected " + format.description() + ", got " + JsonValues.describe(value));
    }
  }

  private static String characters(int count) {
    return count + (count == 1 ? " character" : " characters");
  }
}
