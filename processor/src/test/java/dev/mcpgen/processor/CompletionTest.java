package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.mcpgen.processor.Fixtures.compile;
import static dev.mcpgen.processor.ToolDiagnosticsTest.erroneous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpgen.runtime.Completion;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @McpComplete} methods: generated dispatch at run time, and every error. */
class CompletionTest {
  private static final McpContext CONTEXT = () -> UserContext.of("ada");

  private static final JavaFileObject TRAVEL = JavaFileObjects.forSourceString("test.Travel", """
      package test;

      import dev.mcpgen.annotations.*;
      import dev.mcpgen.runtime.*;
      import java.util.*;
      import java.util.stream.*;

      public class Travel {
        /** Plans a trip. */
        @McpPrompt(name = "travel_plan")
        public String plan(String city, String month) { return city + month; }

        /** A city guide. */
        @McpResource(uri = "guides://{country}/{city}")
        public String guide(String country, String city) { return city; }

        @McpComplete(prompt = "travel_plan", argument = "city")
        public List<String> cities(String prefix) {
          return IntStream.range(0, 150).mapToObj(i -> prefix + i).toList();
        }

        @McpComplete(prompt = "travel_plan", argument = "month")
        public Completion months(McpContext context, String prefix, Map<String, String> chosen) {
          return new Completion(List.of(prefix + chosen.get("city") + context.userId()), 1, false);
        }

        @McpComplete(resourceTemplate = "guides://{country}/{city}", argument = "country")
        public List<String> countries(String prefix) { return List.of(prefix + "land"); }
      }
      """);

  @Test
  void completionsAreDispatchedByReferenceAndArgument() throws Exception {
    ServerFactory factory = Fixtures.factory(Fixtures.load(TRAVEL));
    assertTrue(factory.hasCompletions());
    ServerInstance server = factory.create(UserContext.of("ada"));

    Completion cities = server.complete(true, "travel_plan", "city", "p", Map.of(), CONTEXT);
    assertEquals(100, cities.values().size());
    assertEquals("p0", cities.values().get(0));
    assertEquals(150, cities.total());
    assertTrue(cities.hasMore());

    assertEquals(new Completion(java.util.List.of("jMadridada"), 1, false), server.complete(
        true, "travel_plan", "month", "j", Map.of("city", "Madrid"), CONTEXT));
    assertEquals(Completion.of(java.util.List.of("Iceland")), server.complete(
        false, "guides://{country}/{city}", "country", "Ice", Map.of(), CONTEXT));

    assertNull(server.complete(false, "travel_plan", "city", "p", Map.of(), CONTEXT));
    assertNull(server.complete(true, "travel_plan", "budget", "p", Map.of(), CONTEXT));
    assertNull(server.complete(false, "guides://{country}/{city}", "city", "", Map.of(), CONTEXT));
  }

  @Test
  void aServerWithoutCompletionsHasNone() {
    ServerFactory factory = Fixtures.factory(Fixtures.load(JavaFileObjects.forSourceString(
        "test.Plain", """
            package test;
            public class Plain {
              /** Pings. */
              @dev.mcpgen.annotations.McpTool
              public String ping() { return "pong"; }
            }""")));
    assertFalse(factory.hasCompletions());
  }

  private static void assertOnlyError(JavaFileObject source, String message, int line) {
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCompletionNamesEitherAPromptOrATemplate() {
    assertOnlyError(erroneous("ErroneousNeither",
        "public class ErroneousNeither {",
        "  @McpComplete(argument = \"city\")", // line 6
        "  public List<String> cities(String prefix) { return List.of(); }",
        "}"),
        "[McpCompletionReference] @McpComplete method cities(String) must set exactly one of"
            + " prompt and resourceTemplate, not neither. Set prompt = \"...\" to complete a"
            + " prompt argument, or resourceTemplate = \"...\" for a template variable.", 6);
    assertOnlyError(erroneous("ErroneousBoth",
        "public class ErroneousBoth {",
        "  @McpComplete(prompt = \"p\",",
        "      resourceTemplate = \"t://{x}\", argument = \"x\")", // line 7
        "  public List<String> cities(String prefix) { return List.of(); }",
        "}"),
        "[McpCompletionReference] @McpComplete method cities(String) must set exactly one of"
            + " prompt and resourceTemplate, not both.", 7);
  }

  @Test
  void anUnknownPromptIsReportedOnItsName() {
    assertOnlyError(erroneous("ErroneousUnknownPrompt",
        "public class ErroneousUnknownPrompt {",
        "  /** Plans. */",
        "  @McpPrompt(name = \"travel_plan\")",
        "  public String plan(String city) { return city; }",
        "  @McpComplete(",
        "      prompt = \"travel\", argument = \"city\")", // line 10
        "  public List<String> cities(String prefix) { return List.of(); }",
        "}"),
        "[McpCompletionUnknownPrompt] @McpComplete method cities(String) completes prompt"
            + " 'travel', which this server does not have (its prompts: travel_plan). Name one of"
            + " them.", 10);
  }

  @Test
  void anUnknownTemplateIsReportedOnItsUri() {
    assertOnlyError(erroneous("ErroneousUnknownTemplate",
        "public class ErroneousUnknownTemplate {",
        "  /** Notes. */",
        "  @McpResource(uri = \"notes://{id}\")",
        "  public String note(String id) { return id; }",
        "  @McpComplete(argument = \"id\",",
        "      resourceTemplate = \"note://{id}\")", // line 10
        "  public List<String> ids(String prefix) { return List.of(); }",
        "}"),
        "[McpCompletionUnknownTemplate] @McpComplete method ids(String) completes resource"
            + " template 'note://{id}', which this server does not have (its templates:"
            + " notes://{id}). Write the uri of one of its @McpResource templates.", 10);
  }

  @Test
  void anUnknownArgumentIsReportedOnTheArgument() {
    assertOnlyError(erroneous("ErroneousUnknownArgument",
        "public class ErroneousUnknownArgument {",
        "  /** Plans. */",
        "  @McpPrompt(name = \"travel_plan\")",
        "  public String plan(String city, McpContext context) { return city; }",
        "  @McpComplete(prompt = \"travel_plan\",",
        "      argument = \"town\")", // line 10
        "  public List<String> towns(String prefix) { return List.of(); }",
        "}"),
        "[McpCompletionUnknownArgument] @McpComplete method towns(String) completes 'town',"
            + " which is not an argument of travel_plan (it has: city). Name one of them.", 10);
  }

  @Test
  void anArgumentIsCompletedByOneMethod() {
    assertOnlyError(erroneous("ErroneousTwice",
        "public class ErroneousTwice {",
        "  /** Notes. */",
        "  @McpResource(uri = \"notes://{id}\")",
        "  public String note(String id) { return id; }",
        "  @McpComplete(resourceTemplate = \"notes://{id}\", argument = \"id\")",
        "  public List<String> ids(String prefix) { return List.of(); }",
        "  @McpComplete(resourceTemplate = \"notes://{id}\",",
        "      argument = \"id\")", // line 12
        "  public List<String> moreIds(String prefix) { return List.of(); }",
        "}"),
        "[McpDuplicateCompletion] The argument 'id' of resource template 'notes://{id}' is"
            + " completed by moreIds(String) and already by ids(String): one method per argument."
            + " Remove one.", 12);
  }

  @Test
  void aCompletionMethodTakesTheValueAndOptionallyTheArgumentsAndContext() {
    JavaFileObject source = erroneous("ErroneousCompletionParams",
        "public class ErroneousCompletionParams {",
        "  /** Plans. */",
        "  @McpPrompt",
        "  public String plan(String city) { return city; }",
        "  @McpComplete(prompt = \"plan\", argument = \"city\")",
        "  public List<String> cities(String prefix, String again,", // line 10
        "      int limit) { return List.of(); }", // line 11
        "  @McpComplete(prompt = \"plan\", argument = \"city\")",
        "  public List<String> none(McpContext context) { return List.of(); }", // line 13
        "}");
    Compilation compilation = compile(source);
    String rule = ": a completion method takes the String typed so far, and optionally a"
        + " Map<String, String> of the arguments already chosen and an McpContext, each once."
        + " Change its parameters.";
    assertThat(compilation).hadErrorContaining("[McpCompletionParameters] @McpComplete method"
        + " cities(String, String, int) takes a second String" + rule)
        .inFile(source).onLine(10);
    assertThat(compilation).hadErrorContaining("[McpCompletionParameters] @McpComplete method"
        + " cities(String, String, int) takes a int" + rule).inFile(source).onLine(11);
    assertThat(compilation).hadErrorContaining("[McpCompletionParameters] @McpComplete method"
        + " none(McpContext) takes no String" + rule).inFile(source).onLine(13);
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void aCompletionMethodReturnsStringsOrACompletion() {
    assertOnlyError(erroneous("ErroneousCompletionReturn",
        "public class ErroneousCompletionReturn {",
        "  /** Plans. */",
        "  @McpPrompt",
        "  public String plan(String city) { return city; }",
        "  @McpComplete(prompt = \"plan\", argument = \"city\")",
        "  public Set<String> cities(String prefix) { return Set.of(); }", // line 10
        "}"),
        "[McpCompletionReturnType] @McpComplete method cities(String) returns Set<String>."
            + " Return List<String> (the first 100 are sent) or Completion.", 10);
  }
}
