package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.mcpgen.processor.ToolDiagnosticsTest.erroneous;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @McpTool(scopes = ...)}: checked at compile time, served by the factory as a constant. */
class ScopesTest {
  private static final JavaFileObject SCOPED =
      JavaFileObjects.forSourceString("test.Scoped", """
        package test;

        import dev.mcpgen.annotations.*;

        /** Scoped. */
        @McpServer(name = "scoped")
        public class Scoped {
          /** Reads. */
          @McpTool(scopes = "notes:read") public String read() { return ""; }
          /** Writes. */
          @McpTool(scopes = {"notes:write", "notes:read", "notes:write"})
          public String write() { return ""; }
          /** Open to all. */
          @McpTool public String ping() { return ""; }
        }
        """);

  @Test
  void generatedScopesCompileWithAllWarningsAsErrors() {
    Compilation compilation = Compiler.javac().withProcessors(new McpProcessor())
        .withOptions("-Xlint:all", "-Werror").compile(SCOPED);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theFactoryServesEachToolsScopesAndLeavesOutToolsWithoutAny() {
    ServerFactory factory = Fixtures.factory(Fixtures.load(SCOPED));

    assertEquals(Map.of("read", Set.of("notes:read"),
        "write", Set.of("notes:read", "notes:write")), factory.toolScopes());
  }

  @Test
  void aServerWithoutScopesKeepsTheDefault() {
    ServerFactory factory = Fixtures.factory(Fixtures.load(
        JavaFileObjects.forSourceString("test.Open", """
            package test;

            /** Open. */
            @dev.mcpgen.annotations.McpServer(name = "open")
            public class Open {
              /** Pings. */
              @dev.mcpgen.annotations.McpTool public String ping() { return ""; }
            }
            """)));

    assertEquals(Map.of(), factory.toolScopes());
  }

  @Test
  void scopesMustBeOAuthScopeTokens() {
    JavaFileObject source = erroneous("ErroneousScope",
        "public class ErroneousScope {",
        "  /** Writes. */",
        "  @McpTool(",
        "      scopes = {\"notes:write\", \"notes write\"})", // line 8
        "  public String write() { return \"\"; }",
        "}");
    Compilation compilation = Fixtures.compile(source);

    assertThat(compilation)
        .hadErrorContaining("[McpInvalidScope] Scope 'notes write' of write() is not an OAuth"
            + " scope token: use printable ASCII without spaces, '\"' or '\\' (for example"
            + " 'notes:write').")
        .inFile(source)
        .onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }
}
