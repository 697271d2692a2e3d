package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.mcpgen.processor.Fixtures.compile;
import static dev.mcpgen.processor.ToolDiagnosticsTest.erroneous;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every error about a resource or prompt method, its parameters and its return type. */
class ResourcePromptDiagnosticsTest {
  private static void assertOnlyError(JavaFileObject source, String message, int line) {
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void resourceMethodMustBePublicAndNotStatic() {
    assertOnlyError(erroneous("ErroneousStaticResource",
        "public class ErroneousStaticResource {",
        "  @McpResource(uri = \"config://app\")",
        "  public static String config() { return \"\"; }", // line 7
        "}"),
        "[McpMethodNotCallable] @McpResource method config() must be public and not static: the"
            + " generated server calls it directly on the user's instance. Make it public and"
            + " remove static.", 7);
  }

  @Test
  void anInvalidTemplateIsReportedOnTheUri() {
    assertOnlyError(erroneous("ErroneousTemplate",
        "public class ErroneousTemplate {",
        "  @McpResource(",
        "      uri = \"notes://{+id}\")", // line 7
        "  public String note(String id) { return id; }",
        "}"),
        "[McpInvalidUriTemplate] URI 'notes://{+id}' of note(String) is not a URI or an RFC 6570"
            + " level-1 template: '{+id}' is not a simple variable (level 1 allows letters, digits"
            + " and _). Write a fixed URI such as 'config://app', or variables such as"
            + " 'notes://{id}'.", 7);
  }

  @Test
  void aUriWithoutSchemeIsInvalid() {
    assertOnlyError(erroneous("ErroneousNoScheme",
        "public class ErroneousNoScheme {",
        "  @McpResource(uri = \"/etc/app\")", // line 6
        "  public String config() { return \"\"; }",
        "}"),
        "[McpInvalidUriTemplate] URI '/etc/app' of config() is not a URI or an RFC 6570 level-1"
            + " template: it has no scheme such as 'file:'.", 6);
  }

  @Test
  void aVariableWithoutParameterIsReportedOnTheUri() {
    assertOnlyError(erroneous("ErroneousUnboundVariable",
        "public class ErroneousUnboundVariable {",
        "  @McpResource(",
        "      uri = \"notes://{folder}/{id}\")", // line 7
        "  public String note(String id) { return id; }",
        "}"),
        "[McpUriVariableWithoutParameter] Variable {folder} of URI template"
            + " 'notes://{folder}/{id}' has no parameter in note(String). Add a parameter"
            + " 'String folder' or remove the variable.", 7);
  }

  @Test
  void aParameterWithoutVariableIsReportedOnTheParameter() {
    assertOnlyError(erroneous("ErroneousUnusedParameter",
        "public class ErroneousUnusedParameter {",
        "  @McpResource(uri = \"notes://{id}\")",
        "  public String note(String id,",
        "      String folder) { return id; }", // line 8
        "}"),
        "[McpResourceParameterWithoutVariable] Parameter folder of note(String, String) matches"
            + " no variable of URI 'notes://{id}': a resource's parameters are bound from its"
            + " URI. Add {folder} to the URI or remove the parameter.", 8);
  }

  @Test
  void aTemplateParameterMustBeAString() {
    assertOnlyError(erroneous("ErroneousIntVariable",
        "public class ErroneousIntVariable {",
        "  @McpResource(uri = \"notes://{id}\")",
        "  public String note(",
        "      int id) { return \"\"; }", // line 8
        "}"),
        "[McpResourceParameterType] Parameter id of note(int) is a int, but URI variables are"
            + " strings. Declare it as String.", 8);
  }

  @Test
  void aResourceReturnsStringOrBytes() {
    assertOnlyError(erroneous("ErroneousResourceResult",
        "public class ErroneousResourceResult {",
        "  @McpResource(uri = \"config://app\")",
        "  public Map<String, String> config() { return Map.of(); }", // line 7
        "}"),
        "[McpResourceReturnType] @McpResource method config() returns Map<String, String>."
            + " Return String for text or byte[] for binary content.", 7);
  }

  @Test
  void resourceUrisAreUnique() {
    assertOnlyError(erroneous("ErroneousDuplicateUri",
        "public class ErroneousDuplicateUri {",
        "  @McpResource(uri = \"config://app\")",
        "  public String config() { return \"\"; }",
        "  @McpResource(uri = \"config://app\")", // line 8
        "  public String again() { return \"\"; }",
        "}"),
        "[McpDuplicateResourceUri] URI 'config://app' of again() is already used by config() in"
            + " this server: resource URIs must be unique.", 8);
  }

  @Test
  void promptArgumentsAreStrings() {
    assertOnlyError(erroneous("ErroneousPromptParameter",
        "public class ErroneousPromptParameter {",
        "  /** Counts. */",
        "  @McpPrompt",
        "  public String count(",
        "      int times) { return \"\"; }", // line 9
        "}"),
        "[McpPromptParameterType] Parameter times of count(int) is a int, but prompt arguments"
            + " are strings. Declare it as String, or Optional<String> for an optional argument.",
        9);
  }

  @Test
  void aPromptReturnsTextMessagesOrAResult() {
    assertOnlyError(erroneous("ErroneousPromptResult",
        "public class ErroneousPromptResult {",
        "  @McpPrompt",
        "  public int count() { return 1; }", // line 7
        "}"),
        "[McpPromptReturnType] @McpPrompt method count() returns int. Return String (one user"
            + " message), PromptMessage, List<PromptMessage> or GetPromptResult.", 7);
  }

  @Test
  void aPromptNameMustBeValid() {
    assertOnlyError(erroneous("ErroneousPromptName",
        "public class ErroneousPromptName {",
        "  @McpPrompt(",
        "      name = \"code review\")", // line 7
        "  public String review() { return \"\"; }",
        "}"),
        "[McpInvalidName] Prompt name 'code review' is not a valid MCP name", 7);
  }

  @Test
  void promptNamesAreUnique() {
    assertOnlyError(erroneous("ErroneousDuplicatePrompt",
        "public class ErroneousDuplicatePrompt {",
        "  @McpPrompt(name = \"review\")",
        "  public String review() { return \"\"; }",
        "  @McpPrompt(name = \"review\")", // line 8
        "  public String again() { return \"\"; }",
        "}"),
        "[McpDuplicatePromptName] Prompt name 'review' of again() is already used by review() in"
            + " this server: prompt names must be unique. Rename one with"
            + " @McpPrompt(name = \"...\").", 8);
  }
}
