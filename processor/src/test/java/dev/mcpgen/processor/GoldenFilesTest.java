package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated factory and dispatch of {@code src/test/golden/Calculator.java} (tools) and
 * {@code Library.java} (resources and prompts), compared with the files beside them. They live
 * outside the resources on purpose: javac would compile sources it finds on the class path. After an intended change to the generated code, regenerate them with:
 *
 * <pre>mvn -B -q test -pl processor -Dtest=GoldenFilesTest -Dmcpgen.golden.update=true</pre>
 *
 * and review the diff like any other change.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/golden");
  private static final boolean UPDATE = Boolean.getBoolean("mcpgen.golden.update");

  private static Compilation compileCalculator() throws IOException {
    Compilation compilation = Fixtures.compile(JavaFileObjects.forSourceString(
        "golden.Calculator", Files.readString(GOLDEN.resolve("Calculator.java"))));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static Compilation compileLibrary() throws IOException {
    Compilation compilation = Fixtures.compile(JavaFileObjects.forSourceString(
        "golden.Library", Files.readString(GOLDEN.resolve("Library.java"))));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void theFormMatchesItsGoldenFile() throws IOException {
    Compilation compilation = Fixtures.compile(JavaFileObjects.forSourceString(
        "golden.Loan", Files.readString(GOLDEN.resolve("Loan.java"))));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "LoanMcpForm");
  }

  @Test
  void theResourceAndPromptFactoryMatchesItsGoldenFile() throws IOException {
    assertGolden(compileLibrary(), "LibraryMcpFactory");
  }

  @Test
  void theResourceAndPromptDispatchMatchesItsGoldenFile() throws IOException {
    assertGolden(compileLibrary(), "LibraryMcpDispatch");
  }

  @Test
  void theFactoryMatchesItsGoldenFile() throws IOException {
    assertGolden(compileCalculator(), "CalculatorMcpFactory");
  }

  @Test
  void theDispatchMatchesItsGoldenFile() throws IOException {
    assertGolden(compileCalculator(), "CalculatorMcpDispatch");
  }

  @Test
  void theManifestIsWhatTheReadmePromises() throws IOException {
    ClassLoader loader = Fixtures.load(compileCalculator());
    assertEquals(Json.tree("""
        {"tools": [
          {"name": "add", "description": "Adds two integers.",
           "inputSchema": {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object",
             "properties": {"a": {"type": "integer", "description": "the first addend"},
                            "b": {"type": "integer", "description": "the second addend"}},
             "required": ["a", "b"], "additionalProperties": false},
           "annotations": {"readOnlyHint": true}},
          {"name": "greet", "description": "Greets someone.",
           "inputSchema": {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object",
             "properties": {"name": {"type": "string", "description": "who to greet"},
                            "greeting": {"type": "string", "description":
                                         "the greeting word; \\"Hello\\" when absent"}},
             "required": ["name"], "additionalProperties": false}}
        ]}"""),
        Json.tree(Fixtures.resource(loader, "META-INF/mcp/calculator/tools.json")));
  }

  private static void assertGolden(Compilation compilation, String name) throws IOException {
    JavaFileObject generated = compilation.generatedSourceFile("golden." + name).orElseThrow();
    Path golden = GOLDEN.resolve(name + ".java");
    if (UPDATE) {
      Files.writeString(golden, generated.getCharContent(true), StandardCharsets.UTF_8);
    }
    assertThat(compilation)
        .generatedSourceFile("golden/" + name)
        .hasSourceEquivalentTo(
            JavaFileObjects.forSourceString("golden." + name, Files.readString(golden)));
  }
}
