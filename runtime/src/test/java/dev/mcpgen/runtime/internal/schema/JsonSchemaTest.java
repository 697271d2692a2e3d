package dev.mcpgen.runtime.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.internal.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonSchemaTest {
  /** The violations of {@code value} against {@code schema}, "" when it is valid. */
  private static String problems(String schema, String value) {
    return JsonSchema.compile(Json.MAPPER.readTree(schema))
        .validate(Json.MAPPER.readTree(value))
        .toString();
  }

  private static void assertValid(String schema, String value) {
    assertEquals("", problems(schema, value), value + " against " + schema);
  }

  private static String compileError(String schema) {
    return assertThrows(SchemaException.class,
        () -> JsonSchema.compile(Json.MAPPER.readTree(schema))).getMessage();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "string  | '\"a\"'  | 1       | number 1",
      "integer | 3        | 2.5     | number 2.5",
      "number  | 2.5      | '\"2\"' | 'string \"2\"'",
      "boolean | false    | 0       | number 0",
      "object  | '{}'     | '[]'    | array",
      "array   | '[]'     | '{}'    | object",
      "null    | null     | false   | boolean false"})
  void typeAcceptsItsOwnAndNamesWhatCameInstead(String type, String good, String bad,
      String got) {
    String schema = "{\"type\":\"" + type + "\"}";
    assertValid(schema, good);
    assertEquals("(root): expected " + type + ", got " + got, problems(schema, bad));
  }

  @Test
  void anIntegerIsANumberWithoutAFraction() {
    assertValid("{\"type\":\"integer\"}", "2.0");
    assertValid("{\"type\":\"integer\"}", "12345678901234567890123");
    assertValid("{\"type\":\"integer\"}", "1e3");
    assertEquals("(root): expected integer, got number 1.0E-4",
        problems("{\"type\":\"integer\"}", "1e-4"));
  }

  @Test
  void typeMayBeAnArrayOfTypes() {
    assertValid("{\"type\":[\"string\",\"null\"]}", "null");
    assertEquals("(root): expected string or null, got number 3",
        problems("{\"type\":[\"string\",\"null\"]}", "3"));
  }

  @Test
  void aWrongTypeReportsOnlyThat() {
    assertEquals("(root): expected string, got number 3",
        problems("{\"type\":\"string\",\"enum\":[\"a\"],\"minLength\":2}", "3"));
  }

  @Test
  void propertiesAreCheckedAtTheirPointers() {
    String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"object\","
        + "\"properties\":{\"b\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}}}}}";
    assertValid(schema, "{\"a\":{\"b\":[1,2]},\"other\":true}");
    assertEquals("/a/b/1: expected integer, got string \"x\"",
        problems(schema, "{\"a\":{\"b\":[1,\"x\"]}}"));
  }

  @Test
  void pointerStepsAreEscaped() {
    assertEquals("/a~1b/c~0d: expected integer, got boolean true",
        problems("{\"properties\":{\"a/b\":{\"properties\":{\"c~d\":{\"type\":\"integer\"}}}}}",
            "{\"a/b\":{\"c~d\":true}}"));
  }

  @Test
  void requiredPropertiesMustBePresent() {
    String schema = "{\"required\":[\"a\",\"b\"]}";
    assertValid(schema, "{\"a\":null,\"b\":0}");
    assertEquals("/b: required property missing", problems(schema, "{\"a\":1}"));
    assertValid(schema, "[]");
  }

  @Test
  void additionalPropertiesFalseNamesTheAllowedOnes() {
    String schema = "{\"properties\":{\"a\":{},\"b\":{}},\"additionalProperties\":false}";
    assertValid(schema, "{\"a\":1}");
    assertEquals("/x: unexpected property; expected only a, b", problems(schema, "{\"x\":1}"));
    assertEquals("/x: unexpected property; expected no properties",
        problems("{\"additionalProperties\":false}", "{\"x\":1}"));
  }

  @Test
  void additionalPropertiesMayBeASchema() {
    String schema = "{\"properties\":{\"a\":{}},\"additionalProperties\":{\"type\":\"string\"}}";
    assertValid(schema, "{\"a\":1,\"b\":\"x\"}");
    assertEquals("/b: expected string, got number 2", problems(schema, "{\"a\":1,\"b\":2}"));
  }

  @Test
  void propertyCountsAreBounded() {
    assertEquals("(root): must have at least 1 property, got 0",
        problems("{\"minProperties\":1}", "{}"));
    assertEquals("(root): must have at most 2 properties, got 3",
        problems("{\"maxProperties\":2}", "{\"a\":1,\"b\":2,\"c\":3}"));
  }

  @Test
  void itemsAreCheckedAtTheirIndexes() {
    assertEquals("/1: expected string, got number 2",
        problems("{\"items\":{\"type\":\"string\"}}", "[\"a\",2]"));
  }

  @Test
  void itemCountsAreBounded() {
    assertEquals("(root): must have at least 2 items, got 1",
        problems("{\"minItems\":2}", "[1]"));
    assertEquals("(root): must have at most 1 item, got 2", problems("{\"maxItems\":1}", "[1,2]"));
  }

  @Test
  void uniqueItemsComparesValuesNotSpellings() {
    String schema = "{\"uniqueItems\":true}";
    assertValid(schema, "[1,\"1\",[1],{\"a\":1}]");
    assertEquals("/1: duplicate of item 0 (items must be unique)", problems(schema, "[1,1.0]"));
    assertEquals("/2: duplicate of item 0 (items must be unique)",
        problems(schema, "[{\"a\":1,\"b\":2},3,{\"b\":2,\"a\":1}]"));
  }

  @Test
  void enumListsTheAllowedValues() {
    String schema = "{\"enum\":[\"celsius\",\"kelvin\",1,null]}";
    assertValid(schema, "\"kelvin\"");
    assertValid(schema, "1.0");
    assertValid(schema, "null");
    assertEquals("(root): expected one of \"celsius\", \"kelvin\", 1, null, got string \"rankine\"",
        problems(schema, "\"rankine\""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "minimum          | 1   | 1   | 0.5 | must be >= 1, got 0.5",
      "maximum          | 10  | 10  | 11  | must be <= 10, got 11",
      "exclusiveMinimum | 0   | 0.1 | 0   | must be > 0, got 0",
      "exclusiveMaximum | 1.5 | 1   | 1.5 | must be < 1.5, got 1.5"})
  void numbersAreBounded(String keyword, String limit, String good, String bad, String problem) {
    String schema = "{\"" + keyword + "\":" + limit + "}";
    assertValid(schema, good);
    assertEquals("(root): " + problem, problems(schema, bad));
    assertValid(schema, "\"not a number\"");
  }

  @Test
  void hugeNumbersCompareExactly() {
    assertEquals("(root): must be <= 9007199254740992, got 9007199254740993",
        problems("{\"maximum\":9007199254740992}", "9007199254740993"));
    assertEquals("(root): must be <= 1, got Infinity", problems("{\"maximum\":1}", "1e400"));
  }

  @Test
  void lengthsCountCodePoints() {
    String schema = "{\"minLength\":2,\"maxLength\":3}";
    assertValid(schema, "\"\uD83D\uDE00\uD83D\uDE00\"");
    assertEquals("(root): must be at least 2 characters long, got 1",
        problems(schema, "\"\uD83D\uDE00\""));
    assertEquals("(root): must be at most 3 characters long, got 4",
        problems(schema, "\"abcd\""));
  }

  @Test
  void aPatternNeedsToMatchSomewhere() {
    String schema = "{\"pattern\":\"b+\"}";
    assertValid(schema, "\"abbc\"");
    assertEquals("(root): must match the pattern b+, got string \"ac\"",
        problems(schema, "\"ac\""));
    assertEquals("(root): must match the pattern ^b+$, got string \"abbc\"",
        problems("{\"pattern\":\"^b+$\"}", "\"abbc\""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "date      | 2024-02-29                           | 2023-02-29",
      "date      | 2026-01-31                           | 2026-1-31",
      "time      | 14:30:00Z                            | 14:30:00",
      "time      | 23:59:60.123+05:30                   | 24:00:00Z",
      "date-time | 2026-01-31T14:30:00Z                 | 2026-01-31 14:30:00Z",
      "date-time | 2026-01-31t14:30:00.5-08:00          | 2026-01-31T14:30Z",
      "duration  | P1DT2H                               | P",
      "duration  | P3W                                  | PT",
      "duration  | PT36H                                | PT0.5S",
      "uuid      | 123e4567-e89b-12d3-a456-426614174000 | 123e4567e89b12d3a456426614174000",
      "uri       | https://example.com/a?b=c#d          | /relative/path",
      "uri       | urn:isbn:0451450523                  | http://exa mple.com",
      "email     | ada.lovelace+mcp@example.co.uk       | ada@",
      "email     | ada@localhost                        | @example.com"})
  void formatsAreChecked(String format, String good, String bad) {
    String schema = "{\"format\":\"" + format + "\"}";
    assertValid(schema, "\"" + good + "\"");
    assertTrue(problems(schema, "\"" + bad + "\"").startsWith("(root): expected a"),
        problems(schema, "\"" + bad + "\""));
  }

  @Test
  void aFormatErrorSaysWhatIsExpected() {
    assertEquals("/d: expected a date (YYYY-MM-DD), got string \"tomorrow\"",
        problems("{\"properties\":{\"d\":{\"type\":\"string\",\"format\":\"date\"}}}",
            "{\"d\":\"tomorrow\"}"));
  }

  @Test
  void unknownFormatsAndAnnotationsAreIgnored() {
    assertValid("{\"format\":\"ipv4\",\"description\":\"d\",\"title\":\"t\",\"default\":3,"
        + "\"contentEncoding\":\"base64\",\"examples\":[1]}", "\"anything\"");
  }

  @Test
  void referencesResolveAgainstTheRoot() {
    String schema = "{\"type\":\"object\",\"properties\":{\"item\":{\"$ref\":\"#/$defs/Item\"}},"
        + "\"$defs\":{\"Item\":{\"type\":\"object\",\"required\":[\"name\"]}}}";
    assertValid(schema, "{\"item\":{\"name\":\"x\"}}");
    assertEquals("/item/name: required property missing", problems(schema, "{\"item\":{}}"));
  }

  @Test
  void recursiveReferencesValidateTreesOfAnyDepth() {
    String schema = "{\"$ref\":\"#/$defs/Node\",\"$defs\":{\"Node\":{\"type\":\"object\","
        + "\"properties\":{\"value\":{\"type\":\"integer\"},"
        + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}}}}}";
    assertValid(schema, "{\"value\":1,\"children\":[{\"value\":2,\"children\":[{\"value\":3}]}]}");
    assertEquals("/children/0/children/1/value: expected integer, got string \"x\"",
        problems(schema,
            "{\"children\":[{\"children\":[{\"value\":1},{\"value\":\"x\"}]}]}"));
  }

  @Test
  void referencesThatGoRoundInACircleAreRejected() {
    assertTrue(compileError("{\"$ref\":\"#/$defs/a\",\"$defs\":{\"a\":{\"$ref\":\"#/$defs/b\"},"
        + "\"b\":{\"$ref\":\"#/$defs/a\"}}}").contains("leads back to itself"));
    assertTrue(compileError("{\"$ref\":\"#\"}").contains("leads back to itself"));
  }

  @Test
  void referencesMustPointToALocalSchema() {
    assertEquals("schema #/properties/a/$ref: $ref #/$defs/Missing points to nothing",
        compileError("{\"properties\":{\"a\":{\"$ref\":\"#/$defs/Missing\"}}}"));
    assertTrue(compileError("{\"$ref\":\"https://example.com/schema\"}")
        .contains("only local references"));
  }

  @Test
  void malformedKeywordsAreRejectedWithAPointer() {
    assertEquals("schema #/properties/a/minimum: expected a number, got \"1\"",
        compileError("{\"properties\":{\"a\":{\"minimum\":\"1\"}}}"));
    assertTrue(compileError("{\"type\":\"text\"}").startsWith("schema #/type: expected one of"));
    assertTrue(compileError("{\"pattern\":\"(\"}").startsWith("schema #/pattern: invalid"));
    assertTrue(compileError("{\"maxLength\":-1}").contains("non-negative integer"));
    assertTrue(compileError("{\"items\":[{}]}").contains("tuple form"));
  }

  @Test
  void booleanSchemasAcceptEverythingOrNothing() {
    assertValid("{\"properties\":{\"a\":true}}", "{\"a\":[1]}");
    assertEquals("/a: no value is allowed here",
        problems("{\"properties\":{\"a\":false}}", "{\"a\":1}"));
  }

  @Test
  void allViolationsAreReportedUpToALimit() {
    String schema = "{\"items\":{\"type\":\"string\"}}";
    assertEquals("/0: expected string, got number 1; /2: expected string, got null",
        problems(schema, "[1,\"a\",null]"));
    Violations many = JsonSchema.compile(Json.MAPPER.readTree(schema))
        .validate(Json.MAPPER.readTree("[" + "1,".repeat(1000) + "1]"));
    assertEquals(JsonSchema.MAX_VIOLATIONS, many.list().size());
    assertTrue(many.toString().endsWith("; and more"));
  }

  @Test
  void violationsComeInDocumentOrderPropertiesBeforeRequired() {
    assertEquals(List.of(new Violation("/b", "expected integer, got string \"x\""),
            new Violation("/a", "required property missing")),
        JsonSchema.compile(Json.MAPPER.readTree("{\"type\":\"object\",\"properties\":{"
                + "\"a\":{\"type\":\"integer\"},\"b\":{\"type\":\"integer\"}},"
                + "\"required\":[\"a\",\"b\"]}"))
            .validate(Json.MAPPER.readTree("{\"b\":\"x\"}")).list());
  }

  @Test
  void longStringsAreAbbreviatedInMessages() {
    String problem = problems("{\"type\":\"integer\"}", "\"" + "x".repeat(500) + "\"");
    assertTrue(problem.length() < 120, problem);
    assertTrue(problem.endsWith("...\""), problem);
  }
}
