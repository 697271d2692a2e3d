package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonArray;
import dev.mcpgen.processor.JsonValue.JsonNumber;
import dev.mcpgen.processor.JsonValue.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Parses strict JSON (RFC 8259), as default values must be valid JSON for every client. */
final class JsonParser {
  /** The text is not JSON; the message says where and why. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  private final String text;
  private int pos;

  private JsonParser(String text) {
    this.text = text;
  }

  /** The one JSON value {@code text} holds, with nothing but whitespace around it. */
  static JsonValue parse(String text) throws Failure {
    JsonParser parser = new JsonParser(text);
    JsonValue value = parser.value();
    parser.skipWhitespace();
    if (parser.pos < text.length()) {
      throw parser.failure("unexpected text after the value");
    }
    return value;
  }

  private JsonValue value() throws Failure {
    skipWhitespace();
    if (pos >= text.length()) {
      throw failure("a value is missing");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return JsonValue.of(string());
      case 't':
        return literal("true", JsonValue.TRUE);
      case 'f':
        return literal("false", JsonValue.FALSE);
      case 'n':
        return literal("null", JsonValue.NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw failure("unexpected character '" + c + "'");
    }
  }

  private JsonValue object() throws Failure {
    JsonObject.Builder object = JsonObject.builder();
    pos++;
    skipWhitespace();
    if (consume('}')) {
      return object.build();
    }
    do {
      skipWhitespace();
      if (!at('"')) {
        throw failure("expected a member name in double quotes");
      }
      String name = string();
      skipWhitespace();
      expect(':');
      object.put(name, value());
      skipWhitespace();
    } while (consume(','));
    expect('}');
    return object.build();
  }

  private JsonValue array() throws Failure {
    List<JsonValue> elements = new ArrayList<>();
    pos++;
    skipWhitespace();
    if (consume(']')) {
      return new JsonArray(elements);
    }
    do {
      elements.add(value());
      skipWhitespace();
    } while (consume(','));
    expect(']');
    return new JsonArray(elements);
  }

  private String string() throws Failure {
    StringBuilder out = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      } else if (c == '\\') {
        out.append(escape());
      } else if (c < 0x20) {
        throw failure("control character in a string; escape it");
      } else {
        out.append(c);
      }
    }
    throw failure("unterminated string");
  }

  private char escape() throws Failure {
    if (pos >= text.length()) {
      throw failure("unterminated escape");
    }
    char c = text.charAt(pos++);
    switch (c) {
      case '"': case '\\': case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        if (pos + 4 <= text.length() && text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
          pos += 4;
          return (char) Integer.parseInt(text.substring(pos - 4, pos), 16);
        }
        throw failure("\\u needs four hex digits");
      default:
        throw failure("unknown escape \\" + c);
    }
  }

  private JsonValue number() throws Failure {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String literal = text.substring(start, pos);
    if (!literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      pos = start;
      throw failure("malformed number " + literal);
    }
    return new JsonNumber(new BigDecimal(literal));
  }

  private JsonValue literal(String word, JsonValue value) throws Failure {
    if (!text.startsWith(word, pos)) {
      throw failure("unexpected word");
    }
    pos += word.length();
    return value;
  }

  private void skipWhitespace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private boolean at(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private boolean consume(char c) {
    if (at(c)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) throws Failure {
    if (!consume(c)) {
      throw failure("expected '" + c + "'");
    }
  }

  private Failure failure(String problem) {
    return new Failure(problem + " at offset " + pos);
  }
}
