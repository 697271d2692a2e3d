package dev.mcpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The processor's own JSON: strict parsing, and writing that round-trips. */
class JsonValueTest {
  @Test
  void parsedJsonIsWrittenBackCompactly() throws JsonParser.Failure {
    String json = " {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"x\\ty\\u00e9\\\"\"}} ";
    assertEquals("{\"a\":[1,-2.5E+3,true,false,null],\"b\":{\"c\":\"x\\tyé\\\"\"}}",
        JsonParser.parse(json).toJson());
  }

  @Test
  void controlCharactersAreEscapedWhenWritten() {
    assertEquals("\"a\\u0001\\n\\\\\"", JsonValue.of("a\u0001\n\\").toJson());
  }

  @Test
  void prettyJsonKeepsScalarArraysOnOneLine() throws JsonParser.Failure {
    assertEquals("{\n  \"required\": [\"a\", \"b\"],\n  \"items\": [\n    {}\n  ]\n}\n",
        JsonWriter.pretty(JsonParser.parse("{\"required\":[\"a\",\"b\"],\"items\":[{}]}")));
  }

  @Test
  void onlyStrictJsonParses() {
    for (String bad : new String[] {"", "[1,]", "01", "{'a': 1}", "[1] 2", "\"a\nb\"", "tru",
        "{\"a\" 1}", "\"\\x\"", "1."}) {
      assertThrows(JsonParser.Failure.class, () -> JsonParser.parse(bad), bad);
    }
  }

  @Test
  void aFailureSaysWhere() {
    JsonParser.Failure failure =
        assertThrows(JsonParser.Failure.class, () -> JsonParser.parse("[1, }"));
    assertEquals("unexpected character '}' at offset 4", failure.getMessage());
  }
}
