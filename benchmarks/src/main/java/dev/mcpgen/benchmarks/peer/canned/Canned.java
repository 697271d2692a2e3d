package dev.mcpgen.benchmarks.peer.canned;

import java.nio.charset.StandardCharsets;

/**
 * Precomputed answers, the id spliced in: the canned peers do no MCP work at all, so they show
 * what the harness and the transport alone cost (the ceiling).
 */
final class Canned {
  static final String PROTOCOL_VERSION = "2025-06-18";
  private static final byte[] INITIALIZE = bytes("{\"jsonrpc\":\"2.0\",\"result\":{"
      + "\"protocolVersion\":\"" + PROTOCOL_VERSION + "\",\"capabilities\":{\"tools\":{}},"
      + "\"serverInfo\":{\"name\":\"bench\",\"version\":\"0.1.0\"}},\"id\":");
  private static final byte[] TOOLS_LIST = bytes("{\"jsonrpc\":\"2.0\",\"result\":{\"tools\":["
      + "{\"name\":\"echo\",\"inputSchema\":{\"type\":\"object\",\"properties\":{\"message\":"
      + "{\"type\":\"string\"}},\"required\":[\"message\"]}},"
      + "{\"name\":\"add\",\"inputSchema\":{\"type\":\"object\",\"properties\":{\"a\":"
      + "{\"type\":\"integer\"},\"b\":{\"type\":\"integer\"}},\"required\":[\"a\",\"b\"]}}]},"
      + "\"id\":");
  private static final byte[] CALL = bytes("{\"jsonrpc\":\"2.0\",\"result\":{\"content\":["
      + "{\"type\":\"text\",\"text\":\"hello\"}],\"isError\":false},\"id\":");
  private static final byte[] ID_KEY = bytes("\"id\"");
  private static final byte[] TOOLS_CALL = bytes("\"tools/call\"");
  private static final byte[] TOOLS_LIST_METHOD = bytes("\"tools/list\"");
  private static final byte[] INITIALIZE_METHOD = bytes("\"initialize\"");
  private static final byte[] EMPTY = bytes("{\"jsonrpc\":\"2.0\",\"result\":{},\"id\":");

  private Canned() {}

  /** The answer's bytes up to the id, or {@code null} for a notification. */
  static byte[] prefixFor(byte[] message, int length) {
    if (indexOf(message, length, ID_KEY) < 0) {
      return null;
    }
    if (indexOf(message, length, TOOLS_CALL) >= 0) {
      return CALL;
    }
    if (indexOf(message, length, TOOLS_LIST_METHOD) >= 0) {
      return TOOLS_LIST;
    }
    if (indexOf(message, length, INITIALIZE_METHOD) >= 0) {
      return INITIALIZE;
    }
    return EMPTY;
  }

  /** The raw JSON of the message's id (a number or a string), e.g. {@code 42}. */
  static String id(byte[] message, int length) {
    int key = indexOf(message, length, ID_KEY);
    int i = key + 4;
    while (i < length && (message[i] == ':' || message[i] == ' ')) {
      i++;
    }
    int start = i;
    if (message[i] == '"') {
      i++;
      while (message[i] != '"') {
        i++;
      }
      i++;
    } else {
      while (i < length && message[i] != ',' && message[i] != '}' && message[i] != ' ') {
        i++;
      }
    }
    return new String(message, start, i - start, StandardCharsets.US_ASCII);
  }

  static int indexOf(byte[] haystack, int length, byte[] n) {
    outer:
    for (int i = 0; i + n.length <= length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
