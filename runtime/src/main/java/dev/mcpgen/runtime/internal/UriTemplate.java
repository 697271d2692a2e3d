package dev.mcpgen.runtime.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 level-1 URI template ({@code file:///logs/{day}.txt}), compiled once to match
 * URIs and extract the values of its variables. Generated dispatch code holds one per resource
 * template; its methods may change with the processor.
 *
 * <pre>{@code
 * static final UriTemplate LOGS = UriTemplate.compile("file:///logs/{day}.txt");
 * Map<String, String> values = LOGS.match(uri); // null when uri does not match
 * }</pre>
 *
 * <p>Level 1 expands a variable percent-encoded, so a value never holds a reserved character:
 * a variable matches one or more characters other than {@code / ? #}, and is percent-decoded.
 */
public final class UriTemplate {
  private static final Pattern EXPRESSION = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9_]+");

  private final String template;
  private final List<String> variables;
  private final Pattern pattern;

  private UriTemplate(String template, List<String> variables, Pattern pattern) {
    this.template = template;
    this.variables = variables;
    this.pattern = pattern;
  }

  /**
   * Compiles {@code template}.
   *
   * @throws IllegalArgumentException when it is not a level-1 template, saying why
   */
  public static UriTemplate compile(String template) {
    String problem = problem(template);
    if (problem != null) {
      throw new IllegalArgumentException("Invalid URI template '" + template + "': " + problem);
    }
    List<String> variables = new ArrayList<>();
    StringBuilder regex = new StringBuilder();
    Matcher matcher = EXPRESSION.matcher(template);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(last, matcher.start())));
      regex.append("([^/?#]+)");
      variables.add(matcher.group(1));
      last = matcher.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return new UriTemplate(template, List.copyOf(variables), Pattern.compile(regex.toString()));
  }

  /**
   * Why {@code template} is not a level-1 URI template with at least one variable, each named
   * once, or {@code null} when it is one.
   */
  public static String problem(String template) {
    if (template.isEmpty()) {
      return "it is empty";
    }
    Matcher matcher = EXPRESSION.matcher(template);
    List<String> seen = new ArrayList<>();
    int last = 0;
    while (matcher.find()) {
      String between = template.substring(last, matcher.start());
      if (between.indexOf('{') >= 0 || between.indexOf('}') >= 0) {
        return "unbalanced braces";
      }
      if (!last(seen).isEmpty() && between.isEmpty()) {
        return "two variables in a row cannot be told apart";
      }
      String name = matcher.group(1);
      if (!VARIABLE.matcher(name).matches()) {
        return "'{" + name + "}' is not a simple variable: level 1 allows letters, digits and _ only";
      }
      if (seen.contains(name)) {
        return "variable '" + name + "' appears twice";
      }
      seen.add(name);
      last = matcher.end();
    }
    String rest = template.substring(last);
    if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
      return "unbalanced braces";
    }
    return seen.isEmpty() ? "it has no {variable}" : null;
  }

  private static String last(List<String> seen) {
    return seen.isEmpty() ? "" : seen.get(seen.size() - 1);
  }

  /** The names of the template's variables, in order. */
  public List<String> variables() {
    return variables;
  }

  /** The values of the variables in {@code uri}, by name, or {@code null} if it doesn't match. */
  public Map<String, String> match(String uri) {
    Matcher matcher = pattern.matcher(uri);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < variables.size(); i++) {
      values.put(variables.get(i), decode(matcher.group(i + 1)));
    }
    return values;
  }

  private static String decode(String value) {
    try {
      // URLDecoder would turn '+' into a space, which RFC 3986 does not.
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  @Override
  public String toString() {
    return template;
  }
}
