package dev.mcpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import dev.mcpgen.runtime.internal.schema.JsonSchema;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The exact JSON Schema of every family of types, as {@code tools/list} publishes it: compiled
 * with the processor, loaded, and read back from the generated factory.
 */
class SchemaTest {
  private static final String IMPORTS = """
      package test;
      import com.fasterxml.jackson.annotation.*;
      import dev.mcpgen.annotations.*;
      import dev.mcpgen.runtime.*;
      import jakarta.validation.constraints.*;
      import java.math.*;
      import java.net.URI;
      import java.time.*;
      import java.util.*;
      """;

  /**
   * Compiles {@code Tools} (and helper types) and returns the tool named {@code name}, after
   * checking that the runtime's validator accepts every schema of every tool.
   */
  static JsonNode tool(String name, String tools, String... types) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(SchemaFixtures.annotations()));
    sources.add(JavaFileObjects.forSourceString("test.Tools", IMPORTS + tools));
    for (String type : types) {
      String simpleName = type.replaceAll("(?s).*?(?:record|class|enum|interface) (\\w+).*", "$1");
      sources.add(JavaFileObjects.forSourceString("test." + simpleName, IMPORTS + type));
    }
    sources.add(JavaFileObjects.forSourceString("other.Node", """
        package other;
        /** Another type of the same simple name, for $defs name collisions. */
        public record Node(@test.Nullable Node next, int value) {}
        """));
    ServerFactory factory =
        Fixtures.factory(Fixtures.load(sources.toArray(new JavaFileObject[0])));
    List<JsonNode> definitions = factory.toolDefinitions().stream().map(Json::tree).toList();
    for (JsonNode definition : definitions) {
      JsonSchema.compile(definition.get("inputSchema"));
      if (definition.has("outputSchema")) {
        JsonSchema.compile(definition.get("outputSchema"));
      }
    }
    return definitions.stream()
        .filter(tool -> tool.get("name").asString().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static void assertJson(String expected, JsonNode actual) {
    assertEquals(Json.tree(expected), actual);
  }

  @Test
  void primitivesBoxesAndNumbersMapToJsonTypes() {
    JsonNode tool = tool("scalars", """
        public class Tools {
          /** Takes scalars. */
          @McpTool
          public void scalars(boolean b, byte y, short s, int i, long l, float f, double d, char c,
              String str, BigDecimal dec, BigInteger big, Boolean bb, Integer ii, Character cc) {}
        }""");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false,
         "properties": {
           "b": {"type": "boolean"}, "y": {"type": "integer"}, "s": {"type": "integer"},
           "i": {"type": "integer"}, "l": {"type": "integer"}, "f": {"type": "number"},
           "d": {"type": "number"}, "c": {"type": "string", "minLength": 1, "maxLength": 1},
           "str": {"type": "string"}, "dec": {"type": "number"}, "big": {"type": "integer"},
           "bb": {"type": "boolean"}, "ii": {"type": "integer"},
           "cc": {"type": "string", "minLength": 1, "maxLength": 1}},
         "required": ["b", "y", "s", "i", "l", "f", "d", "c", "str", "dec", "big", "bb", "ii",
                      "cc"]}""",
        tool.get("inputSchema"));
  }

  @Test
  void enumsListTheirJsonNames() {
    JsonNode tool = tool("paint", """
        public class Tools {
          /** Paints. */
          @McpTool
          public void paint(Color color, Unit unit) {}
        }""",
        "public enum Color { RED, GREEN; public String lower() { return name(); } }",
        """
        public enum Unit {
          @JsonProperty("celsius") CELSIUS,
          @JsonProperty("kelvin") KELVIN,
          RANKINE
        }""");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false,
         "properties": {
           "color": {"type": "string", "enum": ["RED", "GREEN"]},
           "unit": {"type": "string", "enum": ["celsius", "kelvin", "RANKINE"]}},
         "required": ["color", "unit"]}""",
        tool.get("inputSchema"));
  }

  @Test
  void arraysCollectionsAndSetsAreArrays() {
    JsonNode tool = tool("collect", """
        public class Tools {
          /** Collects. */
          @McpTool
          public void collect(List<String> list, Set<Integer> set, Collection<Double> collection,
              Iterable<Boolean> iterable, String[] array, int[] ints, List<List<Long>> nested,
              byte[] data) {}
        }""");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false,
         "properties": {
           "list": {"type": "array", "items": {"type": "string"}},
           "set": {"type": "array", "items": {"type": "integer"}, "uniqueItems": true},
           "collection": {"type": "array", "items": {"type": "number"}},
           "iterable": {"type": "array", "items": {"type": "boolean"}},
           "array": {"type": "array", "items": {"type": "string"}},
           "ints": {"type": "array", "items": {"type": "integer"}},
           "nested": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
           "data": {"type": "string", "contentEncoding": "base64"}},
         "required": ["list", "set", "collection", "iterable", "array", "ints", "nested",
                      "data"]}""",
        tool.get("inputSchema"));
  }

  @Test
  void mapsWithStringKeysAreObjectsOfTheirValues() {
    JsonNode tool = tool("count", """
        public class Tools {
          /** Counts. */
          @McpTool
          public void count(Map<String, Integer> counts, Map<String, List<String>> tags) {}
        }""");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false,
         "properties": {
           "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
           "tags": {"type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}}}},
         "required": ["counts", "tags"]}""",
        tool.get("inputSchema"));
  }

  @Test
  void optionalNullableAndDefaultedArgumentsAreNotRequired() {
    JsonNode tool = tool("find", """
        public class Tools {
          /** Finds. */
          @McpTool
          public void find(String query, Optional<String> after, OptionalInt limit,
              OptionalLong since, OptionalDouble score, @Nullable String note,
              @test.typeuse.Nullable String hint, @McpParam(defaultValue = "10") int size,
              @McpParam(required = McpParam.Requirement.OPTIONAL) String sort,
              @McpParam(required = McpParam.Requirement.REQUIRED) Optional<String> scope) {}
        }""");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false,
         "properties": {
           "query": {"type": "string"}, "after": {"type": "string"},
           "limit": {"type": "integer"}, "since": {"type": "integer"},
           "score": {"type": "number"}, "note": {"type": "string"}, "hint": {"type": "string"},
           "size": {"type": "integer", "default": 10}, "sort": {"type": "string"},
           "scope": {"type": "string"}},
         "required": ["query", "scope"]}""",
        tool.get("inputSchema"));
  }

  @Test
  void defaultValuesAreParsedAsJsonAndBareStringsTakenLiterally() {
    JsonNode tool = tool("search", """
        public class Tools {
          /** Searches. */
          @McpTool
          public void search(@McpParam(defaultValue = "hello") String word,
              @McpParam(defaultValue = "\\"quoted\\"") String quoted,
              @McpParam(defaultValue = "42") String digits,
              @McpParam(defaultValue = "") String empty,
              @McpParam(defaultValue = "GREEN") Color color,
              @McpParam(defaultValue = "[1, 2]") List<Integer> pages,
              @McpParam(defaultValue = "true") boolean exact,
              @McpParam(defaultValue = "0.5") double ratio,
              @McpParam(defaultValue = "{\\"a\\": 1}") Map<String, Integer> weights,
              @McpParam(defaultValue = "2026-01-02") LocalDate day,
              @McpParam(defaultValue = "2026-01-02T10:00:00Z") Instant at) {}
        }""",
        "public enum Color { RED, GREEN }");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false,
         "properties": {
           "word": {"type": "string", "default": "hello"},
           "quoted": {"type": "string", "default": "quoted"},
           "digits": {"type": "string", "default": "42"},
           "empty": {"type": "string", "default": ""},
           "color": {"type": "string", "enum": ["RED", "GREEN"], "default": "GREEN"},
           "pages": {"type": "array", "items": {"type": "integer"}, "default": [1, 2]},
           "exact": {"type": "boolean", "default": true},
           "ratio": {"type": "number", "default": 0.5},
           "weights": {"type": "object", "additionalProperties": {"type": "integer"},
                       "default": {"a": 1}},
           "day": {"type": "string", "format": "date", "default": "2026-01-02"},
           "at": {"type": "string", "format": "date-time", "default": "2026-01-02T10:00:00Z"}}}""",
        tool.get("inputSchema"));
  }

  @Test
  void descriptionsComeFromAnnotationsElseJavadoc() {
    JsonNode tool = tool("describe", """
        public class Tools {
          /**
           * Describes things, see {@link #describe}. Uses {@code value}
           * across lines.
           *
           * <p>A second paragraph.
           *
           * @param value the value, as {@code text}
           * @param unit ignored in favour of the annotation
           * @return nothing
           */
          @McpTool(title = "Describer")
          public void describe(String value,
              @McpParam(description = "the unit") String unit, String plain) {}
        }""");
    assertJson("""
        {"name": "describe", "title": "Describer",
         "description":
           "Describes things, see describe. Uses value across lines.\\n\\nA second paragraph.",
         "inputSchema": {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false,
           "properties": {
             "value": {"type": "string", "description": "the value, as text"},
             "unit": {"type": "string", "description": "the unit"},
             "plain": {"type": "string"}},
           "required": ["value", "unit", "plain"]}}""",
        tool);
  }

  @Test
  void annotationDescriptionAndHintsArePublishedOnlyWhenSet() {
    JsonNode tool = tool("wipe", """
        public class Tools {
          /** Ignored: the annotation wins. */
          @McpTool(description = "Wipes the disk.", destructive = McpTool.Hint.TRUE,
              readOnly = McpTool.Hint.FALSE, openWorld = McpTool.Hint.FALSE)
          public void wipe() {}
        }""");
    assertJson("""
        {"name": "wipe", "description": "Wipes the disk.",
         "inputSchema": {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false, "properties": {}},
         "annotations": {"readOnlyHint": false, "destructiveHint": true,
                         "openWorldHint": false}}""",
        tool);
  }

  @Test
  void theContextIsNotAnArgument() {
    JsonNode tool = tool("whoami", """
        public class Tools {
          /** Says who calls. */
          @McpTool
          public String whoami(McpContext context, String greeting) { return context.userId(); }
        }""");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false,
         "properties": {"greeting": {"type": "string"}},
         "required": ["greeting"]}""",
        tool.get("inputSchema"));
  }

  @Test
  void timesUuidsAndUrisAreFormattedStrings() {
    JsonNode tool = tool("when", """
        public class Tools {
          /** Schedules. */
          @McpTool
          public void when(LocalDate day, LocalTime at, LocalDateTime local, Instant instant,
              OffsetDateTime offset, ZonedDateTime zoned, Duration length, UUID id, URI link) {}
        }""");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "additionalProperties": false,
         "properties": {
           "day": {"type": "string", "format": "date"},
           "at": {"type": "string", "format": "time"},
           "local": {"type": "string", "format": "date-time"},
           "instant": {"type": "string", "format": "date-time"},
           "offset": {"type": "string", "format": "date-time"},
           "zoned": {"type": "string", "format": "date-time"},
           "length": {"type": "string", "format": "duration"},
           "id": {"type": "string", "format": "uuid"},
           "link": {"type": "string", "format": "uri"}},
         "required": ["day", "at", "local", "instant", "offset", "zoned", "length", "id",
                      "link"]}""",
        tool.get("inputSchema"));
  }
}
