package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.mcpgen.processor.Fixtures.compile;
import static dev.mcpgen.processor.ToolDiagnosticsTest.erroneous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpgen.runtime.spi.ArgumentException;
import dev.mcpgen.runtime.spi.FormDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** {@code @McpForm} records: their restricted schema, their binder, and every error. */
class FormTest {
  private static final String IMPORTS = """
      package test;
      import com.fasterxml.jackson.annotation.*;
      import dev.mcpgen.annotations.*;
      import jakarta.validation.constraints.*;
      import java.math.*;
      import java.net.URI;
      import java.time.*;
      import java.util.*;
      """;

  private static final String CONTACT = """
      /**
       * Who to contact.
       *
       * @param name the full name
       * @param email where to write
       * @param age in years
       * @param score the last score
       * @param subscribed whether they get news
       * @param status their status
       * @param level how senior
       * @param topics what interests them
       * @param colors favourite colours
       * @param birthday when to congratulate
       * @param site their web site
       * @param nickname what friends say
       */
      @McpForm
      public record Contact(
          @McpParam(defaultValue = "John Doe") @Size(min = 2, max = 50) String name,
          @Email String email,
          @McpParam(defaultValue = "30") @Min(0) @Max(150) int age,
          @McpParam(defaultValue = "95.5") double score,
          @McpParam(defaultValue = "true") boolean subscribed,
          @McpParam(defaultValue = "active") Status status,
          @McpParam(legacyEnumNames = true) Level level,
          @Size(max = 2) Set<Topic> topics,
          List<Level> colors,
          LocalDate birthday,
          Optional<URI> site,
          @test.Nullable String nickname) {
        public enum Status { @JsonProperty("active") ACTIVE, @JsonProperty("inactive") INACTIVE }
        public enum Level { @McpTitle("Junior") JUNIOR, @McpTitle("Senior") SENIOR, LEAD }
        public enum Topic { @McpTitle("Java") JAVA, @McpTitle("Python") PYTHON }
      }""";

  private static FormDefinition<?> contactForm() {
    List<JavaFileObject> sources = new ArrayList<>(List.of(SchemaFixtures.annotations()));
    sources.add(JavaFileObjects.forSourceString("test.Contact", IMPORTS + CONTACT));
    ClassLoader loader = Fixtures.load(sources.toArray(new JavaFileObject[0]));
    List<FormDefinition<?>> forms = new ArrayList<>();
    ServiceLoader.load(FormDefinition.class, loader).forEach(forms::add);
    assertEquals(1, forms.size());
    return forms.get(0);
  }

  @Test
  void aFormRecordHasTheRestrictedElicitationSchema() {
    FormDefinition<?> form = contactForm();
    assertEquals("test.Contact", form.type().getName());
    SchemaTest.assertJson("""
        {"type": "object",
         "properties": {
           "name": {"type": "string", "minLength": 2, "maxLength": 50,
                    "description": "the full name", "default": "John Doe"},
           "email": {"type": "string", "format": "email", "description": "where to write"},
           "age": {"type": "integer", "minimum": 0, "maximum": 150, "description": "in years",
                   "default": 30},
           "score": {"type": "number", "description": "the last score", "default": 95.5},
           "subscribed": {"type": "boolean", "description": "whether they get news",
                          "default": true},
           "status": {"type": "string", "enum": ["active", "inactive"],
                      "description": "their status", "default": "active"},
           "level": {"type": "string", "enum": ["JUNIOR", "SENIOR", "LEAD"],
                     "enumNames": ["Junior", "Senior", "LEAD"], "description": "how senior"},
           "topics": {"type": "array", "uniqueItems": true, "maxItems": 2,
                      "items": {"anyOf": [{"const": "JAVA", "title": "Java"},
                                          {"const": "PYTHON", "title": "Python"}]},
                      "description": "what interests them"},
           "colors": {"type": "array",
                      "items": {"anyOf": [{"const": "JUNIOR", "title": "Junior"},
                                          {"const": "SENIOR", "title": "Senior"},
                                          {"const": "LEAD", "title": "LEAD"}]},
                      "description": "favourite colours"},
           "birthday": {"type": "string", "format": "date", "description": "when to congratulate"},
           "site": {"type": "string", "format": "uri", "description": "their web site"},
           "nickname": {"type": "string", "description": "what friends say"}},
         "required": ["email", "level", "topics", "colors", "birthday"]}""",
        Json.tree(form.schema()));
  }

  @Test
  void aTitledEnumIsOfferedAsOneOfConstAndTitle() {
    JavaFileObject source = JavaFileObjects.forSourceString("test.Pick", IMPORTS + """
        @McpForm
        public record Pick(Level level) {
          public enum Level { @McpTitle("Junior") JUNIOR, @McpTitle("Senior") SENIOR }
        }""");
    ClassLoader loader = Fixtures.load(SchemaFixtures.annotations()[0], source);
    FormDefinition<?> form = ServiceLoader.load(FormDefinition.class, loader).iterator().next();
    SchemaTest.assertJson("""
        {"type": "object",
         "properties": {"level": {"type": "string", "oneOf": [
           {"const": "JUNIOR", "title": "Junior"}, {"const": "SENIOR", "title": "Senior"}]}},
         "required": ["level"]}""",
        Json.tree(form.schema()));
  }

  @Test
  void theUsersAnswersBindToTheRecordWithDefaultsForWhatIsMissing() {
    FormDefinition<?> form = contactForm();
    Object contact = form.bind((ObjectNode) Json.tree("""
        {"email": "ann@example.com", "level": "SENIOR", "topics": ["JAVA"],
         "colors": ["LEAD", "JUNIOR"], "birthday": "1990-05-17",
         "site": "https://ann.example"}"""));
    assertEquals("Contact[name=John Doe, email=ann@example.com, age=30, score=95.5,"
        + " subscribed=true, status=ACTIVE, level=SENIOR, topics=[JAVA], colors=[LEAD, JUNIOR],"
        + " birthday=1990-05-17, site=Optional[https://ann.example], nickname=null]",
        contact.toString());
  }

  @Test
  void aValueThatDoesNotFitIsAnArgumentException() {
    FormDefinition<?> form = contactForm();
    ArgumentException e = assertThrows(ArgumentException.class, () -> form.bind(
        (ObjectNode) Json.tree("""
            {"email": "a@b.c", "level": "SENIOR", "topics": [], "colors": [],
             "birthday": "1990-05-17", "age": "old"}""")));
    assertEquals("/age", e.pointer());
  }

  private static void assertOnlyError(JavaFileObject source, String message, int line) {
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aFormMustBeARecord() {
    assertOnlyError(erroneous("ErroneousFormClass",
        "@McpForm",
        "public class ErroneousFormClass {}"), // line 6
        "[McpFormNotARecord] @McpForm test.ErroneousFormClass must be a record: a form binds the"
            + " user's answers to its components. Declare it as a record.", 6);
  }

  @Test
  void aFormHoldsNoNestedObjectsMapsOrListsOfStrings() {
    JavaFileObject source = erroneous("ErroneousFormFields",
        "@McpForm",
        "public record ErroneousFormFields(",
        "    String fine,",
        "    Address address,", // line 8
        "    Map<String, String> labels,", // line 9
        "    List<String> tags,", // line 10
        "    UUID id) {", // line 11
        "  public record Address(String street) {}",
        "}");
    Compilation compilation = compile(source);
    String allowed = ", which a form cannot ask for: a form field is a String (optionally @Email,"
        + " URI, LocalDate, Instant or OffsetDateTime), a number, a boolean, an enum, or a List"
        + " or Set of an enum. Change its type, or ask for it another way.";
    assertThat(compilation).hadErrorContaining("[McpFormFieldType] Component address of form"
        + " ErroneousFormFields has type test.ErroneousFormFields.Address" + allowed)
        .inFile(source).onLine(8);
    assertThat(compilation).hadErrorContaining("[McpFormFieldType] Component labels of form"
        + " ErroneousFormFields has type java.util.Map<java.lang.String,java.lang.String>"
        + allowed).inFile(source).onLine(9);
    assertThat(compilation).hadErrorContaining("[McpFormFieldType] Component tags of form"
        + " ErroneousFormFields has type java.util.List<java.lang.String>" + allowed)
        .inFile(source).onLine(10);
    assertThat(compilation).hadErrorContaining("[McpFormFieldType] Component id of form"
        + " ErroneousFormFields has type java.util.UUID" + allowed).inFile(source).onLine(11);
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void aFormFieldCarriesOnlyTheConstraintsFormsKnow() {
    JavaFileObject source = Fixtures.source("test.ErroneousFormPattern",
        "package test;",
        "import dev.mcpgen.annotations.*;",
        "import jakarta.validation.constraints.*;",
        "@McpForm",
        "public record ErroneousFormPattern(",
        "    @Pattern(regexp = \"[a-z]+\") String slug) {}"); // line 6
    List<JavaFileObject> sources = new ArrayList<>(List.of(SchemaFixtures.annotations()));
    sources.add(source);
    Compilation compilation = compile(sources.toArray(new JavaFileObject[0]));
    assertThat(compilation).hadErrorContaining("[McpFormConstraint] Component slug of form"
        + " ErroneousFormPattern has the constraint 'pattern', which a form field cannot carry:"
        + " a form allows only ").inFile(source).onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aFormMustBeVisibleToItsGeneratedDefinition() {
    assertOnlyError(erroneous("ErroneousFormHidden",
        "public class ErroneousFormHidden {",
        "  @McpForm",
        "  private record Answer(String text) {}", // line 7
        "}"),
        "[McpTypeNotAccessible] @McpForm Answer: type test.ErroneousFormHidden.Answer is not"
            + " accessible from package test, where the generated code names it. Make it public,"
            + " or at least not private.", 7);
  }

  @Test
  void aDefaultMustBeAMemberOfTheEnum() {
    assertOnlyError(erroneous("ErroneousFormDefault",
        "@McpForm",
        "public record ErroneousFormDefault(",
        "    @McpParam(defaultValue = \"gone\") State state) {", // line 7
        "  public enum State { ACTIVE, INACTIVE }",
        "}"),
        "[McpDefaultValueMismatch] Default value \"gone\" of parameter state does not fit its type"
            + " State: expected one of [ACTIVE, INACTIVE]", 7);
  }
}
