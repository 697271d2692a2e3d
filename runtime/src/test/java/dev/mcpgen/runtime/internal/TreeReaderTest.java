package dev.mcpgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reader accepts what Jackson's readTree accepts, builds the same tree, rejects the rest. */
class TreeReaderTest {
  private static final int DEPTH = 200;
  private static final int STRING = 100_000;
  private static final JsonMapper JACKSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(DEPTH).maxStringLength(STRING).build())
          .build())
      .build();

  /** Jackson's verdict and tree: the tree with its node classes, or "error". */
  private static String jackson(byte[] json) {
    try {
      JsonNode tree = JACKSON.readTree(json);
      return describe(tree == null || tree.isMissingNode() ? null : tree);
    } catch (JacksonException e) {
      return "error";
    }
  }

  private static String reader(byte[] json) {
    try {
      return describe(TreeReader.read(json, DEPTH, STRING));
    } catch (JacksonException e) {
      return "error";
    }
  }

  private static String describe(JsonNode tree) {
    if (tree == null) {
      return "none";
    }
    StringBuilder classes = new StringBuilder();
    collect(tree, classes);
    return tree + " " + classes;
  }

  private static void collect(JsonNode node, StringBuilder classes) {
    classes.append(node.getClass().getSimpleName()).append(' ');
    node.forEach(child -> collect(child, classes));
  }

  private static void assertSameAsJackson(byte[] json) {
    assertEquals(jackson(json), reader(json), () -> new String(json, StandardCharsets.UTF_8));
  }

  private static final String[] DOCUMENTS = {
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
          + "\"arguments\":{\"message\":\"h\\u00e9llo \\\"w\\\"\\n\",\"n\":[1,-2.5e3,true,null]}}}",
      "[0,-0,1.5,-1E+2,1e-2,2147483647,2147483648,-2147483648,-2147483649,9223372036854775807,"
          + "9223372036854775808,-9223372036854775808,-9223372036854775809,"
          + "123456789012345678901234567890,0.1e1,1e400,-1e400,4.9e-324]",
      "  {\"a\" : { \"b\" : [ ] , \"c\" : { } } ,\t\"a\":\r\n\"dup\"}  ",
      "\"\\ud83d\\ude00 \\ud800 \\/ \\b\\f\\n\\r\\t \u00e9\u65e5\u672c\ud83d\ude00\"",
      "{\"\":\"\",\"\u00e9\":\"\\u0000\",\"x\\ny\":[[[[{}]]]]}",
      "true", "false", "null", "0", "\"\"", "[]", "{}", "  ", "",
  };

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"a\":1}", "[1,2]", "1", "-1", "1.0", "1e5", "\"s\"",
      "{\"a\":}", "{\"a\" 1}", "{a:1}", "{'a':1}", "[1,]", "{\"a\":1,}", "[,1]", "[1 2]",
      "01", "-01", "1.", ".5", "-", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "-Infinity",
      "tru", "truex", "nul", "nulls", "True", "[true false]", "\"unterminated", "\"\\x\"",
      "\"\\u12\"", "\"\\u12g4\"", "\"a\nb\"", "\"tab\there\"", "{\"a\":1}}", "[[1]", "{\"a\":[1}",
      "{} x", "1 2", "{}{}", "/* c */ 1", "// c\n1", "[1]//", "\u00ef\u00bb\u00bf{}", "1x",
      "-a", "[-]", "{\"a\":1e}", "[1.e5]", "[1.5.5]", "[--1]", "[1-2]", "\"\\\"",
  })
  void readsAndRejectsWhatJacksonDoes(String json) {
    assertSameAsJackson(json.getBytes(StandardCharsets.ISO_8859_1));
    assertSameAsJackson(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheDocumentsAsJacksonDoes() {
    for (String document : DOCUMENTS) {
      assertSameAsJackson(document.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void rejectsMalformedUtf8AsJacksonDoes() {
    int[][] strings = {
        {0x80}, {0xC3}, {0xC3, 0x28}, {0xE2, 0x82}, {0xE2, 0x28, 0xA1}, {0xF0, 0x9F, 0x98},
        {0xF0, 0x28, 0x8C, 0x28}, {0xFF}, {0xFE}, {0xC3, 0xA9}, {0xE2, 0x82, 0xAC},
        {0xF0, 0x9F, 0x98, 0x80},
    };
    for (int[] content : strings) {
      for (String wrapper : new String[] {"\"%s\"", "{\"%s\":1}"}) {
        byte[] bytes = new byte[content.length + wrapper.length() - 2];
        int at = 0;
        for (char c : wrapper.toCharArray()) {
          if (c == '%') {
            for (int b : content) {
              bytes[at++] = (byte) b;
            }
          } else if (c != 's') {
            bytes[at++] = (byte) c;
          }
        }
        assertSameAsJackson(bytes);
      }
    }
  }

  /** Random edits of real documents: whatever comes out, both must agree on it. */
  @Test
  void agreesWithJacksonOnTenThousandMangledDocuments() {
    Random random = new Random(7);
    byte[] alphabet = "{}[],:\"\\ 0123456789.-+eEtrufalsn/ubx\n\t\u00e9".getBytes(
        StandardCharsets.UTF_8);
    List<String> disagreements = new ArrayList<>();
    int rejected = 0;
    for (int i = 0; i < 10_000; i++) {
      byte[] json = DOCUMENTS[random.nextInt(4)].getBytes(StandardCharsets.UTF_8);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        json = edit(json, random, alphabet);
      }
      String verdict = jackson(json);
      rejected += verdict.equals("error") ? 1 : 0;
      if (!verdict.equals(reader(json))) {
        disagreements.add(new String(json, StandardCharsets.UTF_8));
      }
    }
    assertTrue(rejected > 1_000 && rejected < 9_000, rejected + " rejected: edits too tame or wild");
    assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements, e.g. "
        + disagreements.subList(0, Math.min(5, disagreements.size())));
  }

  private static byte[] edit(byte[] json, Random random, byte[] alphabet) {
    int at = random.nextInt(json.length + 1);
    byte[] out;
    switch (random.nextInt(3)) {
      case 0 -> {
        if (at == json.length) {
          return json;
        }
        out = new byte[json.length - 1];
        System.arraycopy(json, 0, out, 0, at);
        System.arraycopy(json, at + 1, out, at, json.length - at - 1);
      }
      case 1 -> {
        out = new byte[json.length + 1];
        System.arraycopy(json, 0, out, 0, at);
        out[at] = alphabet[random.nextInt(alphabet.length)];
        System.arraycopy(json, at, out, at + 1, json.length - at);
      }
      default -> {
        out = json.clone();
        if (at < out.length) {
          out[at] = alphabet[random.nextInt(alphabet.length)];
        }
      }
    }
    return out;
  }

  @Test
  void limitsNestingDepth() {
    String within = "[".repeat(DEPTH) + "]".repeat(DEPTH);
    assertSameAsJackson(within.getBytes(StandardCharsets.UTF_8));
    byte[] deeper = ("[".repeat(DEPTH + 1) + "]".repeat(DEPTH + 1)).getBytes(StandardCharsets.UTF_8);
    JacksonException e = assertThrows(JacksonException.class,
        () -> TreeReader.read(deeper, DEPTH, STRING));
    assertTrue(e.getOriginalMessage().contains("nesting depth (201)"), e.getOriginalMessage());
    byte[] objects = ("{\"a\":".repeat(DEPTH + 1) + "1" + "}".repeat(DEPTH + 1))
        .getBytes(StandardCharsets.UTF_8);
    assertThrows(JacksonException.class,
        () -> TreeReader.read(objects, DEPTH, STRING));
  }

  @Test
  void limitsStringLengthEscapedOrNot() {
    for (String content : new String[] {"x", "\\n", "\u00e9"}) {
      byte[] longest = ("\"" + content.repeat(STRING) + "\"").getBytes(StandardCharsets.UTF_8);
      assertEquals(STRING, TreeReader.read(longest, DEPTH, STRING)
          .stringValue().length());
      byte[] tooLong = ("[\"" + content.repeat(STRING + 1) + "\"]")
          .getBytes(StandardCharsets.UTF_8);
      JacksonException e = assertThrows(JacksonException.class,
          () -> TreeReader.read(tooLong, DEPTH, STRING));
      assertTrue(e.getOriginalMessage().startsWith("String value length (100001)"),
          e.getOriginalMessage());
    }
  }

  @Test
  void limitsNumberLength() {
    assertSameAsJackson(("[" + "9".repeat(1000) + "]").getBytes(StandardCharsets.UTF_8));
    assertSameAsJackson(("[" + "9".repeat(1001) + "]").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void whitespaceAloneIsNoValue() {
    byte[] blank = " \r\n\t ".getBytes(StandardCharsets.UTF_8);
    assertNull(TreeReader.read(blank, DEPTH, STRING));
  }
}
