package dev.mcpgen.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON tree as compact UTF-8 straight into a byte array, the bytes Jackson's generator
 * writes with its defaults (the same escapes, numbers and base64), without a generator: setting
 * one up, its contexts and pooled buffers cost more than writing a typical answer.
 */
final class TreeWriter {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  /** For each ASCII character: 0 to write as is, -1 for a six-byte escape, else its letter. */
  private static final int[] ESCAPES = new int[128];

  static {
    Arrays.fill(ESCAPES, 0, 0x20, -1);
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  private byte[] bytes = new byte[256];
  private int length;

  private TreeWriter() {}

  /** The bytes of {@code tree}, or {@code null} when it holds a node only a mapper can write. */
  static byte[] write(JsonNode tree) {
    TreeWriter writer = new TreeWriter();
    return writer.value(tree) ? Arrays.copyOf(writer.bytes, writer.length) : null;
  }

  private boolean value(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        return object(node);
      }
      case ARRAY -> {
        return array(node);
      }
      case STRING -> string(node.stringValue());
      case NUMBER -> number(node);
      case BOOLEAN -> ascii(node.booleanValue() ? "true" : "false");
      case NULL -> ascii("null");
      case BINARY -> {
        put('"');
        ascii(Base64.getEncoder().encodeToString(node.binaryValue()));
        put('"');
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private boolean object(JsonNode object) {
    put('{');
    boolean first = true;
    for (Map.Entry<String, JsonNode> property : object.properties()) {
      if (!first) {
        put(',');
      }
      first = false;
      string(property.getKey());
      put(':');
      if (!value(property.getValue())) {
        return false;
      }
    }
    put('}');
    return true;
  }

  private boolean array(JsonNode array) {
    put('[');
    for (int i = 0; i < array.size(); i++) {
      if (i > 0) {
        put(',');
      }
      if (!value(array.get(i))) {
        return false;
      }
    }
    put(']');
    return true;
  }

  private void number(JsonNode number) {
    switch (number.numberType()) {
      case INT -> ascii(Integer.toString(number.intValue()));
      case LONG -> ascii(Long.toString(number.longValue()));
      case BIG_INTEGER -> ascii(number.bigIntegerValue().toString());
      case BIG_DECIMAL -> ascii(number.decimalValue().toString());
      case FLOAT -> floating(number.floatValue(), Float.toString(number.floatValue()));
      default -> floating(number.doubleValue(), Double.toString(number.doubleValue()));
    }
  }

  /** NaN and the infinities as strings, as Jackson writes them by default. */
  private void floating(double value, String text) {
    if (Double.isFinite(value)) {
      ascii(text);
    } else {
      put('"');
      ascii(text);
      put('"');
    }
  }

  private void string(String text) {
    put('"');
    for (int i = 0; i < text.length(); i++) {
      // The most one character (or a surrogate pair) takes: a six-byte escape.
      ensure(6);
      char c = text.charAt(i);
      if (c < 0x80) {
        int escape = ESCAPES[c];
        if (escape == 0) {
          bytes[length++] = (byte) c;
        } else if (escape > 0) {
          bytes[length++] = '\\';
          bytes[length++] = (byte) escape;
        } else {
          unicodeEscape(c);
        }
      } else if (c < 0x800) {
        bytes[length++] = (byte) (0xC0 | (c >> 6));
        bytes[length++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int code = Character.toCodePoint(c, text.charAt(++i));
        bytes[length++] = (byte) (0xF0 | (code >> 18));
        bytes[length++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        bytes[length++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        bytes[length++] = (byte) (0x80 | (code & 0x3F));
      } else if (Character.isSurrogate(c)) {
        // A lone surrogate has no UTF-8 form: escaped, as Jackson does.
        unicodeEscape(c);
      } else {
        bytes[length++] = (byte) (0xE0 | (c >> 12));
        bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[length++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    put('"');
  }

  /** The six-byte escape of {@code c}, its hex digits in upper case. */
  private void unicodeEscape(char c) {
    bytes[length++] = '\\';
    bytes[length++] = 'u';
    bytes[length++] = HEX[c >> 12];
    bytes[length++] = HEX[(c >> 8) & 0xF];
    bytes[length++] = HEX[(c >> 4) & 0xF];
    bytes[length++] = HEX[c & 0xF];
  }

  private void ascii(String text) {
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[length++] = (byte) text.charAt(i);
    }
  }

  private void put(char c) {
    ensure(1);
    bytes[length++] = (byte) c;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
