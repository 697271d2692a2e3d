package dev.mcpgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class JsonTreesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"a\":[1,2.5,null]}}",
      "[1,-2147483649,9223372036854775808,1.0,1e400,-0.0,1E-7]",
      "\"tab\\t quote\\\" backslash\\\\ line\\n unicode \\u00e9\\u2028 emoji \\ud83d\\ude00\"",
      "{\"a\":1,\"a\":2,\"b\":{\"a\":3}}",
      "  [ {} , [] , \"\" , true , false , null ]  ",
      "2147483647",
      "\"\u00e9t\u00e9 \u65e5\u672c\"",
  })
  void readsTheTreeTheMapperReads(String json) {
    JsonNode expected = Json.MAPPER.readTree(json);
    JsonNode read = JsonTrees.read(json);
    assertEquals(expected, read);
    assertEquals(nodeTypes(expected), nodeTypes(read), "the same node classes");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":\"x\",\"n\":[1,-2147483649,9223372036854775808,1.5,1e300,-0.0]}",
      "\"line\\nbreak \\u2028 \\u0000 \u00e9 \\ud83d\\ude00 </script>\"",
      "{\"nested\":{\"deeper\":[[],{},[{\"k\":null}]]},\"t\":true,\"f\":false}",
  })
  void writesTheBytesTheMapperWrites(String json) {
    JsonNode tree = Json.MAPPER.readTree(json);
    assertArrayEquals(Json.MAPPER.writeValueAsBytes(tree), JsonTrees.write(tree));
  }

  @Test
  void writesNumbersOfEveryKindAsTheMapperDoes() {
    ObjectNode numbers = JsonNodeFactory.instance.objectNode()
        .put("float", 1.25f)
        .put("float2", 1.1f)
        .put("decimal", new BigDecimal("12.3400"))
        .put("exponent", new BigDecimal("1E+3"))
        .put("big", new BigInteger("-123456789012345678901234567890"))
        .put("nan", Double.NaN)
        .put("infinity", Double.POSITIVE_INFINITY)
        .put("minusInfinity", Float.NEGATIVE_INFINITY)
        .put("short", (short) 7)
        .put("long", Long.MIN_VALUE)
        .put("int", Integer.MIN_VALUE);
    for (double d : new double[] {0.1, 1e-7, 1e300, -0.0, 123456789.123, 1e21, 100.0, 4.9e-324}) {
      numbers.withArray("doubles").add(d);
    }
    numbers.put("binary", new byte[] {1, 2, 3, (byte) 0xFF, 0, 64});
    numbers.put("emptyBinary", new byte[0]);
    assertArrayEquals(Json.MAPPER.writeValueAsBytes(numbers), JsonTrees.write(numbers));
  }

  @Test
  void writesEveryCharacterAsTheMapperDoes() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x800; c++) {
      all.append(c);
    }
    all.append("\u2028\u2029\uFFFF\uE000 \ud83d\ude00 \ud800 lone high, lone low \udc00")
        .append(" reversed \udc00\ud800 at the end \ud83d");
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put(all.toString(), all.toString());
    tree.putArray("list").add(all.toString()).add("").addNull().add(true).add(false);
    assertArrayEquals(Json.MAPPER.writeValueAsBytes(tree), JsonTrees.write(tree));
  }

  @Test
  void writesLongStringsAndDeepTreesWhole() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode node = root;
    for (int i = 0; i < 150; i++) {
      node = node.putObject("k" + i);
    }
    node.put("text", "\u0001".repeat(10_000) + "\u00e9".repeat(10_000) + "x".repeat(10_000));
    assertArrayEquals(Json.MAPPER.writeValueAsBytes(root), JsonTrees.write(root));
  }

  @Test
  void writesAPojoAValueHoldsThroughTheMapper() {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.putPOJO("point", new Point(1, 2));
    assertEquals("{\"point\":{\"x\":1,\"y\":2}}",
        new String(JsonTrees.write(result), StandardCharsets.UTF_8));
  }

  /** A value only a mapper knows how to write. */
  public record Point(int x, int y) {}

  @Test
  void neverWritesARawLineBreak() {
    JsonNode tree = JsonNodeFactory.instance.objectNode().put("text", "a\nb\r\nc");
    String written = new String(JsonTrees.write(tree), StandardCharsets.UTF_8);
    assertEquals("{\"text\":\"a\\nb\\r\\nc\"}", written);
  }

  @Test
  void whitespaceOnlyIsNoValue() {
    assertNull(JsonTrees.read("  \n\t "));
    assertNull(JsonTrees.read(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1 2", "{}{}", "{} []", "\"a\" null"})
  void aSecondValueIsAnError(String json) {
    JacksonException e = assertThrows(JacksonException.class, () -> JsonTrees.read(json));
    assertTrue(e.getOriginalMessage().startsWith("Trailing token"), e.getOriginalMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{} x", "[1] ]", "{\"a\":1}}"})
  void garbageAfterTheValueIsAnError(String json) {
    assertThrows(JacksonException.class, () -> JsonTrees.read(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":", "[1,", "{\"a\" 1}", "tru", "\"open", "{'a':1}", "[1,]", "nul"})
  void malformedJsonIsAnError(String json) {
    assertThrows(JacksonException.class, () -> JsonTrees.read(json));
  }

  private static List<String> nodeTypes(JsonNode tree) {
    List<String> types = new java.util.ArrayList<>();
    collect(tree, types);
    return types;
  }

  private static void collect(JsonNode node, List<String> types) {
    types.add(node.getClass().getSimpleName());
    node.forEach(child -> collect(child, types));
  }
}
