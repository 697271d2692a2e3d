package dev.mcpgen.processor;

import static dev.mcpgen.processor.SchemaTest.assertJson;
import static dev.mcpgen.processor.SchemaTest.tool;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    assertJson("""
        {"type": "object", "description": "the meeting to plan",
         "properties": {
           "title": {"type": "string", "description": "what it is about"},
           "date": {"type": "string", "format": "date", "description": "when"},
           "attendees": {"type": "array", "description": "who comes",
             "items": {"type": "object", "properties": {"email": {"type": "string"}},
                       "required": ["email"]}},
           "priority": {"type": "string", "enum": ["LOW", "HIGH"], "description": "how urgent"},
           "room": {"type": "string", "description": "where, if anywhere"}},
         "required": ["title", "date", "attendees"]}""",
        tool.get("inputSchema").get("properties").get("meeting"));
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
         "required": ["mail"]}""",
        tool.get("inputSchema").get("properties").get("contact"));
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
        {"type": "object",
         "properties": {
           "root": {"$ref": "#/$defs/Node"},
           "other": {"$ref": "#/$defs/Node"},
           "foreign": {"$ref": "#/$defs/Node2"}},
         "required": ["root", "foreign"],
         "$defs": {
           "Node": {"type": "object",
             "properties": {"name": {"type": "string"},
               "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}},
             "required": ["name", "children"]},
           "Node2": {"type": "object",
             "properties": {"next": {"$ref": "#/$defs/Node2"}, "value": {"type": "integer"}},
             "required": ["value"]}}}""",
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
        {"type": "object",
         "properties": {
           "items": {"type": "object",
             "properties": {
               "items": {"type": "array", "items": {"type": "object",
                 "properties": {"sku": {"type": "string"}}, "required": ["sku"]}},
               "total": {"type": "integer"}},
             "required": ["items", "total"]},
           "names": {"type": "object",
             "properties": {
               "items": {"type": "array", "items": {"type": "string"}},
               "total": {"type": "integer"}},
             "required": ["items", "total"]}},
         "required": ["items", "names"]}""",
        tool.get("inputSchema"));
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
        {"type": "object",
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
           "range": {"type": "object",
             "properties": {"from": {"type": "integer", "minimum": 0},
                            "label": {"type": "string", "maxLength": 4}},
             "required": ["from", "label"]}},
         "required": ["count", "positive", "zeroOrMore", "negative", "zeroOrLess", "ratio",
                      "code", "tags", "labels", "slug", "title", "ids", "email", "range"]}""",
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
        {"type": "object",
         "properties": {"value": {"type": "number", "description": "the value"},
                        "unit": {"type": "string", "description": "its unit"}},
         "required": ["value"]}""",
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
        {"type": "object",
         "properties": {"uptime": {"type": "integer"}, "state": {"type": "string"},
                        "healthy": {"type": "boolean"}, "load": {"type": "number"}}}""",
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
        {"type": "object",
         "properties": {"name": {"type": "string"},
           "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}},
         "required": ["name", "children"],
         "$defs": {"Node": {"type": "object",
           "properties": {"name": {"type": "string"},
             "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}},
           "required": ["name", "children"]}}}""",
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
        {"type": "object",
         "properties": {"name": {"type": "string"}, "details": {}, "raw": {}},
         "required": ["name", "details", "raw"]}""",
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
