package dev.mcpgen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RFC 6570 level-1 URI templates as the runtime's {@code UriTemplate} matches them: simple
 * {@code {variable}} expressions of letters, digits and {@code _}, each once, never two in a row.
 */
final class UriTemplates {
  private static final Pattern EXPRESSION = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

  private UriTemplates() {}

  /** The variables of {@code uri}, in order; none for a fixed URI. */
  static List<String> variables(String uri) {
    List<String> variables = new ArrayList<>();
    Matcher matcher = EXPRESSION.matcher(uri);
    while (matcher.find()) {
      variables.add(matcher.group(1));
    }
    return variables;
  }

  /** Why {@code uri} is neither a URI nor a level-1 template, or null when it is one. */
  static String problem(String uri) {
    if (!SCHEME.matcher(uri).matches()) {
      return "it has no scheme such as 'file:'";
    }
    List<String> seen = new ArrayList<>();
    Matcher matcher = EXPRESSION.matcher(uri);
    int last = 0;
    while (matcher.find()) {
      String between = uri.substring(last, matcher.start());
      if (between.indexOf('{') >= 0 || between.indexOf('}') >= 0) {
        return "unbalanced braces";
      }
      if (!seen.isEmpty() && between.isEmpty()) {
        return "two variables in a row cannot be told apart";
      }
      String name = matcher.group(1);
      if (!VARIABLE.matcher(name).matches()) {
        return "'{" + name + "}' is not a simple variable (level 1 allows letters, digits and _)";
      }
      if (seen.contains(name)) {
        return "variable '" + name + "' appears twice";
      }
      seen.add(name);
      last = matcher.end();
    }
    String rest = uri.substring(last);
    return rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0 ? "unbalanced braces" : null;
  }
}
