package dev.mcpgen.runtime.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses UTF-8 JSON (RFC 8259, nothing more: no comments, single quotes or trailing commas) into
 * the tree Jackson's {@code readTree} builds, without a parser: setting one up per message, its
 * contexts, symbol table and pooled buffers cost about as much as reading a typical request.
 * Limits as Jackson's: nesting depth, string length, number length and name length.
 */
final class TreeReader {
  /** Jackson's defaults for what this reader does not take as a parameter. */
  private static final int MAX_NUMBER_LENGTH = 1000;
  private static final int MAX_NAME_LENGTH = 50_000;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final byte[] in;
  private final int end;
  private final int maxDepth;
  private final int maxStringLength;
  private int at;
  private int depth;
  private char[] chars = new char[64];

  private TreeReader(byte[] in, int maxDepth, int maxStringLength) {
    this.in = in;
    this.end = in.length;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
  }

  /**
   * The one value of {@code in}, or {@code null} when it holds only whitespace.
   *
   * @throws StreamReadException when it is not one JSON value within the limits
   */
  static JsonNode read(byte[] in, int maxDepth, int maxStringLength) {
    TreeReader reader = new TreeReader(in, maxDepth, maxStringLength);
    reader.skipByteOrderMark();
    if (!reader.skipWhitespace()) {
      return null;
    }
    JsonNode value = reader.value();
    if (reader.skipWhitespace()) {
      throw reader.error("Trailing token (" + reader.describe() + ") found after value");
    }
    return value;
  }

  private void skipByteOrderMark() {
    if (end - at >= 3 && in[at] == (byte) 0xEF && in[at + 1] == (byte) 0xBB
        && in[at + 2] == (byte) 0xBF) {
      at += 3;
    }
  }

  /** Skips whitespace; {@code false} at the end of the input. */
  private boolean skipWhitespace() {
    while (at < end) {
      byte b = in[at];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return true;
      }
      at++;
    }
    return false;
  }

  private JsonNode value() {
    return switch (in[at]) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> NODES.stringNode(string(maxStringLength, "String value"));
      case 't' -> literal("true", NODES.booleanNode(true));
      case 'f' -> literal("false", NODES.booleanNode(false));
      case 'n' -> literal("null", NODES.nullNode());
      default -> {
        byte b = in[at];
        if (b == '-' || isDigit(b)) {
          yield number();
        }
        throw isTokenByte(b) ? unrecognizedToken() : unexpected("a value");
      }
    };
  }

  private ObjectNode object() {
    enter();
    ObjectNode object = NODES.objectNode();
    if (closes('}', "a property name or '}'")) {
      return object;
    }
    do {
      if (next("a property name") != '"') {
        throw unexpected("a double-quote to start a property name");
      }
      String name = string(MAX_NAME_LENGTH, "Name");
      if (next("a colon") != ':') {
        throw unexpected("a colon to separate a property name and value");
      }
      at++;
      next("a value");
      object.set(name, value());
    } while (!endsAfterItem('}'));
    return object;
  }

  private ArrayNode array() {
    enter();
    ArrayNode array = NODES.arrayNode();
    if (closes(']', "a value or ']'")) {
      return array;
    }
    do {
      next("a value");
      array.add(value());
    } while (!endsAfterItem(']'));
    return array;
  }

  /** After an item: {@code true} past the closing bracket, {@code false} past a comma. */
  private boolean endsAfterItem(char close) {
    if (closes(close, "a comma or '" + close + "'")) {
      return true;
    }
    if (in[at] != ',') {
      throw unexpected("a comma or '" + close + "' after a value");
    }
    at++;
    return false;
  }

  /** Whether the next byte closes the container, then stepped over. */
  private boolean closes(char close, String expected) {
    if (next(expected) != close) {
      return false;
    }
    at++;
    depth--;
    return true;
  }

  /** Steps over the opening bracket, counting the depth. */
  private void enter() {
    if (++depth > maxDepth) {
      throw error("Document nesting depth (" + depth + ") exceeds the maximum allowed ("
          + maxDepth + ", from `StreamReadConstraints.getMaxNestingDepth()`)");
    }
    at++;
  }

  /** The next byte after whitespace, not consumed; {@code expected} names it in the error. */
  private byte next(String expected) {
    if (!skipWhitespace()) {
      throw error("Unexpected end-of-input: expected " + expected);
    }
    return in[at];
  }

  private JsonNode literal(String word, JsonNode node) {
    int length = word.length();
    boolean matches = end - at >= length;
    for (int i = 0; matches && i < length; i++) {
      matches = in[at + i] == word.charAt(i);
    }
    if (!matches || (at + length < end && isTokenByte(in[at + length]))) {
      throw unrecognizedToken();
    }
    at += length;
    return node;
  }

  private JsonNode number() {
    int start = at;
    if (in[at] == '-') {
      at++;
    }
    int digits = at;
    if (at < end && in[at] == '0') {
      at++;
      if (at < end && isDigit(in[at])) {
        throw error("Invalid numeric value: Leading zeroes not allowed");
      }
    } else if (!skipDigits()) {
      throw error("Invalid numeric value: expected a digit after the minus sign");
    }
    int integerEnd = at;
    boolean floating = false;
    if (at < end && in[at] == '.') {
      at++;
      floating = true;
      if (!skipDigits()) {
        throw error("Invalid numeric value: Decimal point not followed by a digit");
      }
    }
    if (at < end && (in[at] == 'e' || in[at] == 'E')) {
      at++;
      floating = true;
      if (at < end && (in[at] == '+' || in[at] == '-')) {
        at++;
      }
      if (!skipDigits()) {
        throw error("Invalid numeric value: Exponent indicator not followed by a digit");
      }
    }
    if (at < end && isTokenByte(in[at])) {
      at = start;
      throw unrecognizedToken();
    }
    if (at - start > MAX_NUMBER_LENGTH) {
      throw error("Number value length (" + (at - start) + ") exceeds the maximum allowed ("
          + MAX_NUMBER_LENGTH + ", from `StreamReadConstraints.getMaxNumberLength()`)");
    }
    String text = new String(in, start, at - start, StandardCharsets.ISO_8859_1);
    return floating ? NODES.numberNode(Double.parseDouble(text))
        : integer(text, integerEnd - digits);
  }

  /** As Jackson sizes integers: an int if it fits, else a long if it fits, else a BigInteger. */
  private static JsonNode integer(String text, int digits) {
    if (digits <= 18) {
      long value = Long.parseLong(text);
      return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }
    BigInteger value = new BigInteger(text);
    return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }

  private boolean skipDigits() {
    int start = at;
    while (at < end && isDigit(in[at])) {
      at++;
    }
    return at > start;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /** Whether {@code b} would continue a literal or number instead of ending it. */
  private static boolean isTokenByte(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
        || b == '.' || b == '-' || b == '+' || b == '_' || b < 0;
  }

  /** The string starting at the opening quote; {@code what} names it in the length error. */
  private String string(int maxLength, String what) {
    int start = ++at;
    while (at < end) {
      byte b = in[at];
      if (b == '"') {
        checkLength(at - start, maxLength, what);
        return new String(in, start, at++ - start, StandardCharsets.ISO_8859_1);
      }
      if (b == '\\' || b < 0x20) {
        break;
      }
      at++;
    }
    // Escapes, UTF-8 or control characters: decode character by character.
    at = start;
    return decodeString(maxLength, what);
  }

  private String decodeString(int maxLength, String what) {
    int length = 0;
    while (true) {
      if (at >= end) {
        throw error("Unexpected end-of-input in a string value");
      }
      int b = in[at++] & 0xFF;
      if (b == '"') {
        checkLength(length, maxLength, what);
        return new String(chars, 0, length);
      }
      if (length + 2 > chars.length) {
        chars = Arrays.copyOf(chars, chars.length * 2);
      }
      if (b == '\\') {
        chars[length++] = escape();
      } else if (b < 0x20) {
        throw error("Illegal unquoted character ((CTRL-CHAR, code " + b + ")): has to be "
            + "escaped using backslash to be included in string value");
      } else if (b < 0x80) {
        chars[length++] = (char) b;
      } else {
        length = utf8(b, length);
      }
      if (length > maxLength) {
        checkLength(length, maxLength, what);
      }
    }
  }

  private char escape() {
    if (at >= end) {
      throw error("Unexpected end-of-input in a character escape sequence");
    }
    byte b = in[at++];
    return switch (b) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> hexEscape();
      default -> throw error("Unrecognized character escape " + quoted(b));
    };
  }

  private char hexEscape() {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = at < end ? Character.digit(in[at], 16) : -1;
      if (digit < 0) {
        throw error("Unexpected character (" + (at < end ? quoted(in[at]) : "end-of-input")
            + "): expected a hex-digit for character escape sequence");
      }
      value = value << 4 | digit;
      at++;
    }
    return (char) value;
  }

  /** Decodes a character of two to four bytes led by {@code lead}; returns the new length. */
  private int utf8(int lead, int length) {
    int more;
    int code;
    if (lead >= 0xC0 && lead <= 0xDF) {
      more = 1;
      code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      more = 2;
      code = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      more = 3;
      code = lead & 0x07;
    } else {
      throw error("Invalid UTF-8 start byte 0x" + Integer.toHexString(lead));
    }
    for (int i = 0; i < more; i++) {
      int b = at < end ? in[at] & 0xFF : -1;
      if ((b & 0xC0) != 0x80) {
        throw error("Invalid UTF-8 middle byte 0x" + Integer.toHexString(b & 0xFF));
      }
      code = code << 6 | (b & 0x3F);
      at++;
    }
    if (code > Character.MAX_CODE_POINT) {
      throw error("Invalid UTF-8 code point 0x" + Integer.toHexString(code));
    }
    return length + Character.toChars(code, chars, length);
  }

  private void checkLength(int length, int maxLength, String what) {
    if (length > maxLength) {
      String limit = what.equals("Name") ? "getMaxNameLength" : "getMaxStringLength";
      throw error(what + " length (" + length + ") exceeds the maximum allowed (" + maxLength
          + ", from `StreamReadConstraints." + limit + "()`)");
    }
  }

  private StreamReadException unexpected(String expected) {
    return error("Unexpected character (" + quoted(in[at]) + "): expected " + expected);
  }

  private StreamReadException unrecognizedToken() {
    int stop = at;
    while (stop < end && stop - at < 40 && isTokenByte(in[stop])) {
      stop++;
    }
    String token = stop > at ? new String(in, at, stop - at, StandardCharsets.UTF_8)
        : describe();
    return error("Unrecognized token '" + token + "': was expecting (JSON String, Number, Array,"
        + " Object or token 'null', 'true' or 'false')");
  }

  private String describe() {
    return quoted(in[at]);
  }

  private static String quoted(byte b) {
    int code = b & 0xFF;
    return code >= 0x20 && code < 0x7F ? "'" + (char) code + "' (code " + code + ")"
        : "(code " + code + ")";
  }

  private StreamReadException error(String message) {
    return new StreamReadException(message + " at byte " + at);
  }
}
