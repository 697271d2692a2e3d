package dev.mcpgen.processor;

import static dev.mcpgen.processor.SchemaTest.assertJson;
import static dev.mcpgen.processor.SchemaTest.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mcpgen.runtime.internal.schema.JsonSchema;
import dev.mcpgen.runtime.internal.schema.Violation;
import dev.mcpgen.runtime.internal.schema.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The exact JSON Schema of records, beans, recursive and generic types, and output schemas. */
class ObjectSchemaTest {
  @Test
  void recordsAreObjectsWithTheirComponentsInOrder() {
    JsonNode tool = tool("plan", """
        public class Tools {
          /**
           * Plans.
           *
           * @param meeting the meeting to plan
           */
          @McpTool
          public void plan(Meeting meeting) {}
        }""",
        """
        /**
         * A meeting.
         *
         * @param title what it is about
         * @param day when
         * @param attendees who comes
         * @param priority how urgent
         * @param room where, if anywhere
         * @param secret not published
         */
        public record Meeting(
            String title,
            @JsonProperty("date") LocalDate day,
            List<Person> attendees,
            Optional<Priority> priority,
            @Nullable String room,
            @JsonIgnore String secret) {
          public enum Priority { LOW, HIGH }
          /** A person. @param email how to reach them */
          public record Person(String email) {}
        }""");
    JsonNode schema = tool.get("inputSchema");
    assertJson("""
        {"$ref": "#/$defs/meeting", "description": "the meeting to plan"}""",
        schema.get("properties").get("meeting"));
    assertJson("""
        {"meeting": {"type": "object",
           "properties": {
             "title": {"type": "string", "description": "what it is about"},
             "date": {"type": "string", "format": "date", "description": "when"},
             "attendees": {"type": "array", "description": "who comes",
               "items": {"$ref": "#/$defs/person"}},
             "priority": {"type": "string", "enum": ["LOW", "HIGH"],
                          "description": "how urgent"},
             "room": {"type": "string", "description": "where, if anywhere"}},
           "required": ["title", "date", "attendees"], "additionalProperties": false},
         "person": {"type": "object", "properties": {"email": {"type": "string"}},
           "required": ["email"], "additionalProperties": false}}""",
        schema.get("$defs"));
  }

  @Test
  void beansBindThroughSettersAndPublicFields() {
    JsonNode tool = tool("save", """
        public class Tools {
          /** Saves. */
          @McpTool
          public void save(Contact contact) {}
        }""",
        """
        public class Contact {
          /** The display name. */
          private String name;
          private String email;
          /** Where they live. */
          public String city;
          @JsonIgnore public String internal;
          public final String constant = "x";
          private int age;
          private String phone;

          public void setName(String name) { this.name = name; }
          @JsonProperty(value = "mail", required = true)
          public void setEmail(String email) { this.email = email; }
          /** Years since birth. */
          public void setAge(int age) { this.age = age; }
          public String getName() { return name; }
          public String summary() { return name + email + age; }
          @JsonProperty("tel") public String getPhone() { return phone; }
          public void setPhone(String phone) { this.phone = phone; }
        }""");
    assertJson("""
        {"type": "object",
         "properties": {
           "name": {"type": "string", "description": "The display name."},
           "mail": {"type": "string"},
           "city": {"type": "string", "description": "Where they live."},
           "age": {"type": "integer", "description": "Years since birth."},
           "tel": {"type": "string"}},
         "required": ["mail"], "additionalProperties": false}""",
        tool.get("inputSchema").get("$defs").get("contact"));
  }

  @Test
  void recursiveTypesAreDefinedOnceAndReferenced() {
    JsonNode tool = tool("walk", """
        public class Tools {
          /** Walks. */
          @McpTool
          public void walk(Node root, Optional<Node> other, other.Node foreign) {}
        }""",
        "public record Node(String name, List<Node> children) {}");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {
           "root": {"$ref": "#/$defs/node"},
           "other": {"$ref": "#/$defs/node"},
           "foreign": {"$ref": "#/$defs/node2"}},
         "required": ["root", "foreign"], "additionalProperties": false,
         "$defs": {
           "node": {"type": "object",
             "properties": {"name": {"type": "string"},
               "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}},
             "required": ["name", "children"], "additionalProperties": false},
           "node2": {"type": "object",
             "properties": {"next": {"$ref": "#/$defs/node2"}, "value": {"type": "integer"}},
             "required": ["value"], "additionalProperties": false}}}""",
        tool.get("inputSchema"));
  }

  @Test
  void genericTypesAreResolvedWhereTheyAreUsed() {
    JsonNode tool = tool("page", """
        public class Tools {
          /** Pages. */
          @McpTool
          public void page(Page<Item> items, Page<String> names) {}
        }""",
        "public record Page<T>(List<T> items, int total) {}",
        "public record Item(String sku) {}");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {
           "items": {"$ref": "#/$defs/page"},
           "names": {"$ref": "#/$defs/page2"}},
         "required": ["items", "names"], "additionalProperties": false,
         "$defs": {
           "page": {"type": "object",
             "properties": {
               "items": {"type": "array", "items": {"$ref": "#/$defs/item"}},
               "total": {"type": "integer"}},
             "required": ["items", "total"], "additionalProperties": false},
           "item": {"type": "object", "properties": {"sku": {"type": "string"}},
             "required": ["sku"], "additionalProperties": false},
           "page2": {"type": "object",
             "properties": {
               "items": {"type": "array", "items": {"type": "string"}},
               "total": {"type": "integer"}},
             "required": ["items", "total"], "additionalProperties": false}}}""",
        tool.get("inputSchema"));
  }

  @Test
  void unknownArgumentsAndPropertiesAreRejectedByTheRuntimeValidator() {
    JsonNode tool = tool("move", """
        public class Tools {
          /** Moves. */
          @McpTool
          public void move(String name, Address address) {}
        }""",
        "public record Address(String street, String city) {}");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"name": {"type": "string"}, "address": {"$ref": "#/$defs/address"}},
         "required": ["name", "address"], "additionalProperties": false,
         "$defs": {"address": {"type": "object",
           "properties": {"street": {"type": "string"}, "city": {"type": "string"}},
           "required": ["street", "city"], "additionalProperties": false}}}""",
        tool.get("inputSchema"));
    JsonSchema schema = JsonSchema.compile(tool.get("inputSchema"));
    Violations violations = schema.validate(Json.tree("""
        {"name": "Ann", "nmae": "Ann",
         "address": {"street": "Main", "city": "Oslo", "zip": "0150"}}"""));
    assertEquals(List.of(
            new Violation("/address/zip", "unexpected property; expected only street, city"),
            new Violation("/nmae", "unexpected property; expected only name, address")),
        violations.list());
  }

  @Test
  void beanValidationConstraintsBecomeKeywords() {
    JsonNode tool = tool("constrain", """
        public class Tools {
          /** Constrains. */
          @McpTool
          public void constrain(@Min(1) @Max(10) int count,
              @Positive long positive, @PositiveOrZero int zeroOrMore,
              @Negative double negative, @NegativeOrZero int zeroOrLess,
              @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("9.5") double ratio,
              @Size(min = 2, max = 5) String code, @Size(max = 3) List<String> tags,
              @Size(min = 1) Map<String, String> labels, @Pattern(regexp = "[a-z]+") String slug,
              @NotBlank String title, @NotEmpty List<Integer> ids, @Email String email,
              @Min(0) Optional<Integer> offset, Range range) {}
        }""",
        "public record Range(@Min(0) int from, @Size(max = 4) String label) {}");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {
           "count": {"type": "integer", "minimum": 1, "maximum": 10},
           "positive": {"type": "integer", "exclusiveMinimum": 0},
           "zeroOrMore": {"type": "integer", "minimum": 0},
           "negative": {"type": "number", "exclusiveMaximum": 0},
           "zeroOrLess": {"type": "integer", "maximum": 0},
           "ratio": {"type": "number", "exclusiveMinimum": 0.5, "maximum": 9.5},
           "code": {"type": "string", "minLength": 2, "maxLength": 5},
           "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
           "labels": {"type": "object", "additionalProperties": {"type": "string"},
                      "minProperties": 1},
           "slug": {"type": "string", "pattern": "[a-z]+"},
           "title": {"type": "string", "minLength": 1, "pattern": "\\\\S"},
           "ids": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
           "email": {"type": "string", "format": "email"},
           "offset": {"type": "integer", "minimum": 0},
           "range": {"$ref": "#/$defs/range"}},
         "required": ["count", "positive", "zeroOrMore", "negative", "zeroOrLess", "ratio",
                      "code", "tags", "labels", "slug", "title", "ids", "email", "range"],
         "additionalProperties": false,
         "$defs": {"range": {"type": "object",
           "properties": {"from": {"type": "integer", "minimum": 0},
                          "label": {"type": "string", "maxLength": 4}},
           "required": ["from", "label"], "additionalProperties": false}}}""",
        tool.get("inputSchema"));
  }

  @Test
  void aRecordResultHasAnOutputSchema() {
    JsonNode tool = tool("convert", """
        public class Tools {
          /** Converts. */
          @McpTool
          public Temperature convert(double value) { return null; }
        }""",
        """
        /**
         * A temperature.
         *
         * @param value the value
         * @param unit its unit
         */
        public record Temperature(double value, Optional<String> unit) {}""");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"value": {"type": "number", "description": "the value"},
                        "unit": {"type": "string", "description": "its unit"}},
         "required": ["value"], "additionalProperties": false}""",
        tool.get("outputSchema"));
  }

  @Test
  void aBeanResultIsDescribedByItsGetters() {
    JsonNode tool = tool("status", """
        public class Tools {
          /** Reports. */
          @McpTool
          public Status status() { return null; }
        }""",
        """
        public class Status {
          public String getState() { return "up"; }
          public boolean isHealthy() { return true; }
          @JsonProperty("load") public double getCurrentLoad() { return 0; }
          public int uptime;
          public void setIgnored(String value) {}
        }""");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"uptime": {"type": "integer"}, "state": {"type": "string"},
                        "healthy": {"type": "boolean"}, "load": {"type": "number"}},
         "additionalProperties": false}""",
        tool.get("outputSchema"));
  }

  @Test
  void aRecursiveResultKeepsAnObjectAtTheRoot() {
    JsonNode tool = tool("tree", """
        public class Tools {
          /** Grows. */
          @McpTool
          public Node tree() { return null; }
        }""",
        "public record Node(String name, List<Node> children) {}");
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"name": {"type": "string"},
           "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}},
         "required": ["name", "children"], "additionalProperties": false,
         "$defs": {"node": {"type": "object",
           "properties": {"name": {"type": "string"},
             "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}},
           "required": ["name", "children"], "additionalProperties": false}}}""",
        tool.get("outputSchema"));
  }

  @Test
  void aResultMayHoldAnyJson() {
    JsonNode tool = tool("report", """
        public class Tools {
          /** Reports. */
          @McpTool
          public Report report() { return null; }
          /** Counts. */
          @McpTool
          public Map<String, Object> stats() { return Map.of(); }
        }""",
        """
        public record Report(String name, Object details, tools.jackson.databind.JsonNode raw) {}
        """);
    assertJson("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "properties": {"name": {"type": "string"}, "details": {}, "raw": {}},
         "required": ["name", "details", "raw"], "additionalProperties": false}""",
        tool.get("outputSchema"));
  }

  @Test
  void onlyRecordsAndBeansHaveOutputSchemas() {
    String tools = """
        public class Tools {
          /** Lists. */
          @McpTool
          public List<Item> list() { return null; }
          /** Counts. */
          @McpTool
          public int count() { return 0; }
          /** Finds. */
          @McpTool
          public Optional<Item> find() { return Optional.empty(); }
        }""";
    String item = "public record Item(String sku) {}";
    assertNull(tool("list", tools, item).get("outputSchema"));
    assertNull(tool("count", tools, item).get("outputSchema"));
    assertNull(tool("find", tools, item).get("outputSchema"));
  }
}
