package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.mcpgen.processor.Fixtures.compile;
import static dev.mcpgen.processor.ToolDiagnosticsTest.erroneous;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.mcpgen.annotations.McpServer;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every error about a server class, and what the processor does when things go wrong. */
class ServerDiagnosticsTest {
  @Test
  void onlyAClassCanBeAServer() {
    JavaFileObject source = erroneous("ErroneousInterface",
        "@McpServer",
        "public interface ErroneousInterface {}"); // line 6
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpServerNotAClass] interface test.ErroneousInterface cannot be an"
            + " MCP server: only a class can, as the runtime creates one instance per user. Move"
            + " the tools into a class.")
        .inFile(source)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void serverClassMustBePublic() {
    JavaFileObject source = erroneous("ErroneousHidden",
        "@McpServer",
        "class ErroneousHidden {}"); // line 6
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpServerNotPublic] Server class test.ErroneousHidden must be public,"
            + " and so must the classes it is nested in: the generated factory creates it. Make it"
            + " public.")
        .inFile(source)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void serverClassMustNotBeAbstract() {
    JavaFileObject source = erroneous("ErroneousAbstract",
        "@McpServer",
        "public abstract class ErroneousAbstract {}"); // line 6
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpServerAbstract] Server class test.ErroneousAbstract must not be"
            + " abstract: the runtime creates one instance per user. Remove abstract.")
        .inFile(source)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void serverClassMustNotBeAnInnerClass() {
    JavaFileObject source = erroneous("ErroneousOuter",
        "public class ErroneousOuter {",
        "  /** Inner tools. */",
        "  public class Inner {", // line 7
        "    /** Pings. */",
        "    @McpTool",
        "    public String ping() { return \"pong\"; }",
        "  }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpServerInnerClass] Server class test.ErroneousOuter.Inner is an"
            + " inner class: the generated factory has no enclosing instance to create it with."
            + " Make it a static nested or top-level class.")
        .inFile(source)
        .onLine(7);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void serverClassNeedsAConstructorTheRuntimeCanCall() {
    JavaFileObject source = erroneous("ErroneousNoConstructor",
        "@McpServer",
        "public class ErroneousNoConstructor {", // line 6
        "  public ErroneousNoConstructor(String name) {}",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpServerNoConstructor] Server class test.ErroneousNoConstructor has"
            + " no constructor the runtime can call to create an instance per user. Add public"
            + " ErroneousNoConstructor(), or a public constructor taking a UserContext, a"
            + " ServerControl or both.")
        .inFile(source)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void theServerConstructorMustNotThrowCheckedExceptions() {
    JavaFileObject source = erroneous("ErroneousThrowingConstructor",
        "@McpServer",
        "public class ErroneousThrowingConstructor {",
        "  public ErroneousThrowingConstructor(UserContext user)", // line 7
        "      throws java.io.IOException {}",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpServerConstructorThrows] The constructor of server class"
            + " test.ErroneousThrowingConstructor declares checked exceptions, but the runtime"
            + " creates instances where none can be declared. Handle them in the constructor, or"
            + " throw an unchecked exception.")
        .inFile(source)
        .onLine(7);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void serverNamesMustBeValidMcpNames() {
    JavaFileObject source = erroneous("ErroneousServerName",
        "@McpServer(",
        "    name = \"my server\")", // line 6
        "public class ErroneousServerName {}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpInvalidName] Server name 'my server' is not a valid MCP name: use"
            + " 1 to 128 of the characters A-Z a-z 0-9 _ - . (for example 'my_server').")
        .inFile(source)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void serverNamesMustBeUniqueInACompilation() {
    JavaFileObject first = erroneous("ErroneousFirst",
        "@McpServer(name = \"same\")",
        "public class ErroneousFirst {}");
    JavaFileObject second = erroneous("ErroneousSecond",
        "@McpServer(",
        "    name = \"same\")", // line 6
        "public class ErroneousSecond {}");
    Compilation compilation = compile(first, second);
    assertThat(compilation)
        .hadErrorContaining("[McpDuplicateServerName] Server name 'same' of test.ErroneousSecond is"
            + " already used by test.ErroneousFirst: server names must be unique. Rename one with"
            + " @McpServer(name = \"...\").")
        .inFile(second)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void theRuntimeMustBeOnTheClassPath() throws URISyntaxException {
    JavaFileObject source = Fixtures.source("test.ErroneousNoRuntime",
        "package test;",
        "@dev.mcpgen.annotations.McpServer",
        "public class ErroneousNoRuntime {}"); // line 3
    File annotations =
        new File(McpServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Compilation compilation = Compiler.javac()
        .withProcessors(new McpProcessor())
        .withClasspath(List.of(annotations))
        .compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpRuntimeMissing] Server class test.ErroneousNoRuntime needs"
            + " dev.mcpgen:mcpgen-runtime on the class path: the generated code runs on it. Add"
            + " that dependency.")
        .inFile(source)
        .onLine(3);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aTypeThatNeverResolvesIsReportedAtTheEnd() {
    JavaFileObject source = erroneous("ErroneousMissingType",
        "public class ErroneousMissingType {",
        "  /** Plots. */",
        "  @McpTool",
        "  public String plot(",
        "      Coordinates at) { return \"\"; }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLine(9);
    assertThat(compilation)
        .hadErrorContaining("[McpUnresolvedType] Parameter at of plot(Coordinates): type"
            + " Coordinates could not be resolved. Fix its import; if another annotation processor"
            + " generates it, make sure that processor runs in the same compilation.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aTypeAnotherProcessorGeneratesLaterIsWaitedFor() throws Exception {
    JavaFileObject source = Fixtures.source("test.Plotter",
        "package test;",
        "import dev.mcpgen.annotations.McpTool;",
        "public class Plotter {",
        "  /** Plots. */",
        "  @McpTool",
        "  public String plot(Coordinates at) { return at.x() + \",\" + at.y(); }",
        "}");
    Compilation compilation = Compiler.javac()
        .withProcessors(new GeneratingProcessor("test.Coordinates",
            "package test; public record Coordinates(int x, int y) {}"), new McpProcessor())
        .compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    var factory = Fixtures.factory(Fixtures.load(compilation));
    assertEquals(
        Json.tree("""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {"at": {"$ref": "#/$defs/coordinates"}}, "required": ["at"],
             "additionalProperties": false,
             "$defs": {"coordinates": {"type": "object",
               "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
               "required": ["x", "y"], "additionalProperties": false}}}"""),
        Json.tree(factory.toolDefinitions().get(0)).get("inputSchema"));
  }

  @Test
  void aFileThatCannotBeWrittenIsAnError() {
    JavaFileObject source = erroneous("ErroneousClash",
        "@McpServer",
        "public class ErroneousClash {}"); // line 6
    Compilation compilation = Compiler.javac()
        .withProcessors(new GeneratingProcessor("test.ErroneousClashMcpFactory",
            "package test; public class ErroneousClashMcpFactory {}"), new McpProcessor())
        .compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpWriteFailed] Could not write test.ErroneousClashMcpFactory")
        .inFile(source)
        .onLine(6);
    assertThat(compilation)
        .hadErrorContaining("Another processor may generate a file of the same name; rename the"
            + " server class or remove the other generator.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anUnexpectedExceptionIsOneErrorOnTheElementNotACrash() {
    JavaFileObject source = erroneous("ErroneousCrash",
        "@McpServer(instructions = \"Crashes the processor.\")",
        "public class ErroneousCrash {",
        "  @McpTool(description = \"Adds.\")",
        "  public long add(int a, int b) { return a + b; }", // line 8
        "}");
    Compilation compilation = Compiler.javac()
        .withProcessors(new DelegatingProcessor(new McpProcessor(),
            env -> failing(env, "getDocComment")))
        .compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpInternalError] mcpgen failed unexpectedly on add(int, int); please"
            + " report this with the stack trace: java.lang.IllegalStateException: no"
            + " getDocComment today")
        .inFile(source)
        .onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anUnexpectedExceptionOutsideAnyElementIsStillOneErrorNotACrash() {
    JavaFileObject source = erroneous("ErroneousRoundCrash",
        "public class ErroneousRoundCrash {",
        "  /** Adds. */",
        "  @McpTool",
        "  public long add(int a, int b) { return a + b; }",
        "}");
    Compilation compilation = Compiler.javac()
        .withProcessors(new DelegatingProcessor(new McpProcessor(),
            env -> failing(env, "getTypeElement")))
        .compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpInternalError] mcpgen failed unexpectedly on this round; please"
            + " report this with the stack trace: java.lang.IllegalStateException: no"
            + " getTypeElement today");
    assertThat(compilation).hadErrorCount(1);
  }

  /** javac's environment, except that one method of its element utilities throws. */
  private static ProcessingEnvironment failing(ProcessingEnvironment env, String elementsMethod) {
    Elements failing = (Elements) Proxy.newProxyInstance(
        Elements.class.getClassLoader(), new Class<?>[] {Elements.class},
        (proxy, method, args) -> {
          if (method.getName().equals(elementsMethod)) {
            throw new IllegalStateException("no " + elementsMethod + " today");
          }
          return invoke(method, env.getElementUtils(), args);
        });
    return (ProcessingEnvironment) Proxy.newProxyInstance(
        ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, args) -> method.getName().equals("getElementUtils")
            ? failing
            : invoke(method, env, args));
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
