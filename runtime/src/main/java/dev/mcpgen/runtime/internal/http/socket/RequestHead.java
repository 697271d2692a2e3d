package dev.mcpgen.runtime.internal.http.socket;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The request line and header fields of one HTTP/1.x request, read within limits: lines of at
 * most 16 KiB, at most 100 fields, 64 KiB of fields in all. The target is kept percent-encoded.
 *
 * @param method the method, as sent (methods are case-sensitive)
 * @param path the path of the target, never empty
 * @param query the query without {@code ?}, or {@code null}
 * @param http11 whether the request is HTTP/1.1 (else 1.0)
 * @param fields the header fields, names and values in turn, in order
 */
record RequestHead(String method, String path, String query, boolean http11, List<String> fields) {
  static final int MAX_LINE = 16 * 1024;
  static final int MAX_FIELDS = 100;
  static final int MAX_FIELD_BYTES = 64 * 1024;
  private static final int MAX_EMPTY_LINES = 8;

  /**
   * Reads the next request head; {@code null} when the client closed the connection between
   * requests. A few empty lines before a request are skipped, as RFC 9112 allows.
   *
   * @throws HttpParseException when it is not a valid head within the limits
   */
  static RequestHead read(HttpInput in) throws IOException {
    String line;
    int empty = 0;
    do {
      line = in.readLine(MAX_LINE, 414);
      if (line == null) {
        return null;
      }
      if (line.isEmpty() && ++empty > MAX_EMPTY_LINES) {
        throw new HttpParseException(400, "empty lines instead of a request");
      }
    } while (line.isEmpty());
    String[] parts = line.split(" ", -1);
    if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
      throw new HttpParseException(400, "malformed request line");
    }
    boolean http11 = switch (parts[2]) {
      case "HTTP/1.1" -> true;
      case "HTTP/1.0" -> false;
      default -> throw new HttpParseException(505, "only HTTP/1.1 and 1.0 are served");
    };
    String target = originForm(parts[1]);
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    String query = question < 0 ? null : target.substring(question + 1);
    return new RequestHead(parts[0], path, query, http11, fields(in));
  }

  /** The value of the first field {@code name} (case-insensitive), or {@code null}. */
  String field(String name) {
    for (int i = 0; i < fields.size(); i += 2) {
      if (fields.get(i).equalsIgnoreCase(name)) {
        return fields.get(i + 1);
      }
    }
    return null;
  }

  /** The values of every field {@code name}, in order. */
  List<String> fieldValues(String name) {
    List<String> values = new ArrayList<>(1);
    for (int i = 0; i < fields.size(); i += 2) {
      if (fields.get(i).equalsIgnoreCase(name)) {
        values.add(fields.get(i + 1));
      }
    }
    return values;
  }

  /** Whether field {@code name} lists {@code token} (case-insensitive), as Connection does. */
  boolean lists(String name, String token) {
    for (String value : fieldValues(name)) {
      for (String item : value.split(",")) {
        if (item.trim().equalsIgnoreCase(token)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the connection stays open after this request's response. */
  boolean keepsAlive() {
    return http11 ? !lists("Connection", "close") : lists("Connection", "keep-alive");
  }

  private static String originForm(String target) throws HttpParseException {
    if (target.startsWith("/")) {
      return target;
    }
    // The absolute form, which proxies send: only its path and query matter here.
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      int slash = target.indexOf('/', target.indexOf("//") + 2);
      return slash < 0 ? "/" : target.substring(slash);
    }
    throw new HttpParseException(400, "the request target must be a path");
  }

  private static List<String> fields(HttpInput in) throws IOException {
    List<String> fields = new ArrayList<>(16);
    int bytes = 0;
    while (true) {
      String line = in.readLine(MAX_LINE, 431);
      if (line == null) {
        throw new HttpParseException(400, "the connection ended inside the header");
      }
      if (line.isEmpty()) {
        return fields;
      }
      bytes += line.length();
      if (fields.size() == 2 * MAX_FIELDS || bytes > MAX_FIELD_BYTES) {
        throw new HttpParseException(431, "more than " + MAX_FIELDS + " header fields or "
            + MAX_FIELD_BYTES + " bytes of them");
      }
      int colon = line.indexOf(':');
      // No white space before the colon (RFC 9112 5.1), and no obsolete line folding.
      if (colon <= 0 || !isToken(line.substring(0, colon))) {
        throw new HttpParseException(400, "malformed header field");
      }
      String value = line.substring(colon + 1).strip();
      if (value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
        throw new HttpParseException(400, "a header field holds a CR or NUL");
      }
      fields.add(line.substring(0, colon));
      fields.add(value);
    }
  }

  private static boolean isToken(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
