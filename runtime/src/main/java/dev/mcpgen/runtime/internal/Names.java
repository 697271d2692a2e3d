package dev.mcpgen.runtime.internal;

import java.util.regex.Pattern;

/**
 * Checks the names that become file names, database keys or paths: user ids, service names and
 * store keys. A name is 1 to 128 letters, digits, {@code . _ - @ +}, and not {@code .} or
 * {@code ..}, so it can never climb out of a folder, hide a control character in a log line or
 * fill a disk; hostile names are refused with a message that says why, quoting at most a
 * sanitized prefix of the name.
 */
public final class Names {
  /** The longest name accepted. */
  public static final int MAX_LENGTH = 128;

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._@+-]+");

  private Names() {}

  /**
   * Returns {@code name} if it is safe.
   *
   * @param what what the name is, for the message: {@code user id}, {@code service name}
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static String check(String what, String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("Invalid " + what + ": it must not be empty");
    }
    if (name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("Invalid " + what + " \"" + quote(name) + "\": it has "
          + name.length() + " characters, at most " + MAX_LENGTH + " are allowed");
    }
    if (!SAFE.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException("Invalid " + what + " \"" + quote(name)
          + "\": only letters, digits and . _ - @ + are allowed (no path separators, "
          + "control characters or spaces), and not . or ..");
    }
    return name;
  }

  /** A printable, short rendering: a hostile name must not forge log lines. */
  private static String quote(String name) {
    StringBuilder quoted = new StringBuilder();
    name.codePoints().limit(40).forEach(c -> {
      if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
        quoted.append(String.format("\\u%04x", c));
      } else {
        quoted.appendCodePoint(c);
      }
    });
    return name.length() > 40 ? quoted + "..." : quoted.toString();
  }
}
