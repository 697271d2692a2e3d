package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.mcpgen.processor.Fixtures.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every error and warning about a tool method, its parameters and its return type. */
class ToolDiagnosticsTest {
  /** A fixture whose body starts on line 5, after the package and three imports. */
  static JavaFileObject erroneous(String name, String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "package test;";
    lines[1] = "import dev.mcpgen.annotations.*;";
    lines[2] = "import dev.mcpgen.runtime.*;";
    lines[3] = "import java.util.*;";
    System.arraycopy(body, 0, lines, 4, body.length);
    return Fixtures.source("test." + name, lines);
  }

  @Test
  void toolMethodMustBePublic() {
    JavaFileObject source = erroneous("ErroneousNotPublic",
        "public class ErroneousNotPublic {",
        "  /** Adds. */",
        "  @McpTool",
        "  long add(int a, int b) { return a + b; }", // line 8
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpToolNotPublic] @McpTool method add(int, int) must be public: the"
            + " generated server calls it directly. Make it public.")
        .inFile(source)
        .onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void toolMethodMustNotBeStatic() {
    JavaFileObject source = erroneous("ErroneousStatic",
        "public class ErroneousStatic {",
        "  /** Adds. */",
        "  @McpTool",
        "  public static long add(int a, int b) { return a + b; }", // line 8
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpToolStatic] @McpTool method add(int, int) must not be static:"
            + " each user gets a server instance and tools run on it. Remove static.")
        .inFile(source)
        .onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void toolMethodMustNotBeGeneric() {
    JavaFileObject source = erroneous("ErroneousGenericTool",
        "public class ErroneousGenericTool {",
        "  /** Echoes. */",
        "  @McpTool",
        "  public <T> String echo(String text) { return text; }", // line 8
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpToolGeneric] @McpTool method echo(String) must not be generic: a"
            + " tool's JSON Schema needs concrete types. Remove its type parameters and use"
            + " concrete types.")
        .inFile(source)
        .onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aParameterTypeWithoutJsonSchemaIsReportedOnTheParameter() {
    JavaFileObject source = erroneous("ErroneousObjectParam",
        "public class ErroneousObjectParam {",
        "  /** Runs. */",
        "  @McpTool",
        "  public String run(",
        "      Object task) { return \"\"; }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpUnsupportedType] Parameter task of run(Object): java.lang.Object"
            + " has no JSON Schema (a JDK type with no JSON form). Use a String, a number, a"
            + " boolean, an enum, a record, a List, a Map<String, V> or an Optional of those"
            + " instead.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anUnsupportedTypeInsideARecordNamesWhereItIs() {
    JavaFileObject source = erroneous("ErroneousNestedThread",
        "public class ErroneousNestedThread {",
        "  /** A job. @param worker who runs it */",
        "  public record Job(String name, Thread worker) {}",
        "  /** Runs. */",
        "  @McpTool",
        "  public String run(Job job) { return \"\"; }", // line 10
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpUnsupportedType] Parameter job of run(Job): java.lang.Thread (at"
            + " Job.worker) has no JSON Schema (a JDK type with no JSON form).")
        .inFile(source)
        .onLine(10);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anInterfaceParameterCannotBeCreatedFromJson() {
    JavaFileObject source = erroneous("ErroneousInterfaceParam",
        "public class ErroneousInterfaceParam {",
        "  public interface Shape { double area(); }",
        "  /** Measures. */",
        "  @McpTool",
        "  public double measure(Shape shape) { return shape.area(); }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpUnsupportedType] Parameter shape of measure(Shape):"
            + " test.ErroneousInterfaceParam.Shape has no JSON Schema (an interface or abstract"
            + " class, which JSON cannot create). Use a record, or a class with a public"
            + " no-argument constructor and setters instead.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aRawTypeHasNoSchema() {
    JavaFileObject source = erroneous("ErroneousRawList",
        "public class ErroneousRawList {",
        "  /** Counts. */",
        "  @McpTool",
        "  @SuppressWarnings(\"rawtypes\")",
        "  public int count(List items) { return items.size(); }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpUnsupportedType] Parameter items of count(List): java.util.List"
            + " has no JSON Schema (a raw type). Use a parameterized type such as List<String>"
            + " instead.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aReturnTypeWithoutJsonFormIsReportedOnTheMethod() {
    JavaFileObject source = erroneous("ErroneousReturn",
        "public class ErroneousReturn {",
        "  /** Starts. */",
        "  @McpTool",
        "  public Thread start() { return null; }", // line 8
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpUnsupportedType] Return value of start(): java.lang.Thread has no"
            + " JSON Schema (a JDK type with no JSON form). Use a String, a number, a record, a"
            + " List, Content or CallToolResult instead.")
        .inFile(source)
        .onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aWildcardCannotBeResolved() {
    JavaFileObject source = erroneous("ErroneousWildcard",
        "public class ErroneousWildcard {",
        "  /** Counts. */",
        "  @McpTool",
        "  public int count(",
        "      List<?> items) { return items.size(); }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpUnresolvedTypeArgument] Parameter items of count(List<?>): ? is a"
            + " wildcard, which no JSON Schema can describe. Use a concrete type, e.g."
            + " List<String> instead of List<?> or List<T>.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aTypeVariableCannotBeResolved() {
    JavaFileObject source = erroneous("ErroneousTypeVariable",
        "public class ErroneousTypeVariable<T> {", // line 5
        "  /** Stores. */",
        "  @McpTool",
        "  public String put(",
        "      T value) { return \"\"; }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpUnresolvedTypeArgument] Parameter value of put(T): T is a type"
            + " variable, which no JSON Schema can describe.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation)
        .hadErrorContaining("[McpServerGeneric] Server class test.ErroneousTypeVariable must not be"
            + " generic")
        .inFile(source)
        .onLine(5);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void mapKeysMustBeStrings() {
    JavaFileObject source = erroneous("ErroneousMapKey",
        "public class ErroneousMapKey {",
        "  /** Renames. */",
        "  @McpTool",
        "  public int rename(",
        "      Map<Integer, String> names) { return 0; }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpMapKeyNotString] Parameter names of rename(Map<Integer, String>):"
            + " java.util.Map<java.lang.Integer,java.lang.String> has keys of type"
            + " java.lang.Integer, but JSON object keys are strings. Use a Map<String, ...>.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aParameterTypeMustBeVisibleToTheGeneratedCode() {
    JavaFileObject source = erroneous("ErroneousPrivateType",
        "public class ErroneousPrivateType {",
        "  private record Secret(String value) {}",
        "  /** Opens. */",
        "  @McpTool",
        "  public String open(Secret secret) { return secret.value(); }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpTypeNotAccessible] Parameter secret of open(Secret): type"
            + " test.ErroneousPrivateType.Secret is not accessible from package test, where the"
            + " generated code names it. Make it public, or at least not private.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void toolNamesMustBeUniqueWithinAServer() {
    JavaFileObject source = erroneous("ErroneousDuplicateTools",
        "public class ErroneousDuplicateTools {",
        "  /** Finds by name. */",
        "  @McpTool(name = \"find\")",
        "  public String byName(String name) { return name; }",
        "  /** Finds by id. */",
        "  @McpTool(",
        "      name = \"find\")", // line 11
        "  public String byId(int id) { return \"\"; }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpDuplicateToolName] Tool name 'find' of byId(int) is already used"
            + " by byName(String) in this server: tool names must be unique. Rename one with"
            + " @McpTool(name = \"...\").")
        .inFile(source)
        .onLine(11);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void argumentNamesMustBeUniqueWithinATool() {
    JavaFileObject source = erroneous("ErroneousDuplicateParams",
        "public class ErroneousDuplicateParams {",
        "  /** Joins. */",
        "  @McpTool",
        "  public String join(@McpParam(name = \"x\") String a,",
        "      @McpParam(",
        "          name = \"x\") String b) { return a + b; }", // line 10
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpDuplicateParamName] Parameter b of join(String, String) has the"
            + " argument name 'x' of parameter a: argument names must be unique. Rename one with"
            + " @McpParam(name = \"...\").")
        .inFile(source)
        .onLine(10);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void toolNamesMustBeValidMcpNames() {
    JavaFileObject source = erroneous("ErroneousToolName",
        "public class ErroneousToolName {",
        "  /** Adds. */",
        "  @McpTool(",
        "      name = \"add numbers\")", // line 8
        "  public long add(int a, int b) { return a + b; }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpInvalidName] Tool name 'add numbers' is not a valid MCP name: use"
            + " 1 to 128 of the characters A-Z a-z 0-9 _ - . (for example 'add_numbers').")
        .inFile(source)
        .onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDerivedToolNameMustBeValidToo() {
    JavaFileObject source = erroneous("ErroneousDerivedName",
        "public class ErroneousDerivedName {",
        "  /** Adds. */",
        "  @McpTool",
        "  public long add$(int a, int b) { return a + b; }", // line 8
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpInvalidName] Tool name 'add$' is not a valid MCP name")
        .inFile(source)
        .onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void argumentNamesMustBeValidMcpNames() {
    JavaFileObject source = erroneous("ErroneousParamName",
        "public class ErroneousParamName {",
        "  /** Greets. */",
        "  @McpTool",
        "  public String greet(@McpParam(",
        "      name = \"\") String name) { return name; }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpInvalidName] Argument name '' is not a valid MCP name: use 1 to"
            + " 128 of the characters A-Z a-z 0-9 _ - . (for example 'name').")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDefaultValueMustBeJson() {
    JavaFileObject source = erroneous("ErroneousDefaultJson",
        "public class ErroneousDefaultJson {",
        "  /** Sums. */",
        "  @McpTool",
        "  public int sum(@McpParam(",
        "      defaultValue = \"[1,\") List<Integer> numbers) { return 0; }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpDefaultValueNotJson] Default value '[1,' of parameter numbers is"
            + " not JSON (a value is missing at offset 3). Write it as JSON, e.g. 3, true,"
            + " [\"a\"] or \"text\".")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDefaultValueMustFitTheIntegerRange() {
    JavaFileObject source = erroneous("ErroneousDefaultRange",
        "public class ErroneousDefaultRange {",
        "  /** Sets. */",
        "  @McpTool",
        "  public int set(@McpParam(",
        "      defaultValue = \"300\") byte level) { return level; }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpDefaultValueMismatch] Default value 300 of parameter level does"
            + " not fit its type byte: expected an integer from -128 to 127, got 300. Change the"
            + " default value or the parameter type.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDefaultValueMustBeAConstantOfTheEnum() {
    JavaFileObject source = erroneous("ErroneousDefaultEnum",
        "public class ErroneousDefaultEnum {",
        "  public enum Color { RED, GREEN }",
        "  /** Paints. */",
        "  @McpTool",
        "  public String paint(@McpParam(",
        "      defaultValue = \"PURPLE\") Color color) { return \"\"; }", // line 10
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpDefaultValueMismatch] Default value \"PURPLE\" of parameter color"
            + " does not fit its type Color: expected one of [RED, GREEN], got \"PURPLE\".")
        .inFile(source)
        .onLine(10);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDefaultValueMustHaveTheFormatOfItsType() {
    JavaFileObject source = erroneous("ErroneousDefaultDate",
        "public class ErroneousDefaultDate {",
        "  /** Schedules. */",
        "  @McpTool",
        "  public String schedule(@McpParam(",
        "      defaultValue = \"tomorrow\") java.time.LocalDate day) { return \"\"; }", // line 9
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[McpDefaultValueMismatch] Default value \"tomorrow\" of parameter day"
            + " does not fit its type LocalDate: expected a string of format date, got"
            + " \"tomorrow\".")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDefaultRecordMustHaveItsRequiredProperties() {
    JavaFileObject source = erroneous("ErroneousDefaultRecord",
        "public class ErroneousDefaultRecord {",
        "  public record Page(int size, Optional<String> after) {}",
        "  /** Lists. */",
        "  @McpTool",
        "  public String list(@McpParam(",
        "      defaultValue = \"{\\\"after\\\": \\\"x\\\"}\") Page page) { return \"\"; }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("does not fit its type Page: required property 'size' is missing.")
        .inFile(source)
        .onLine(10);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void allProblemsOfAToolAreReportedAndOnlyThatToolIsSkipped() {
    JavaFileObject source = erroneous("ErroneousManyProblems",
        "public class ErroneousManyProblems {",
        "  /** Breaks. */",
        "  @McpTool(name = \"a b\")", // line 7
        "  static String broken(Object first,", // line 8
        "      Thread second) { return \"\"; }", // line 9
        "  /** Works. */",
        "  @McpTool",
        "  public String works() { return \"\"; }",
        "}");
    // Fails with "cannot find symbol" unless the server was generated without the broken tool.
    JavaFileObject user = Fixtures.source("test.UsesFactory",
        "package test;",
        "class UsesFactory { Object factory = new ErroneousManyProblemsMcpFactory(); }");
    Compilation compilation = compile(source, user);
    assertThat(compilation).hadErrorContaining("[McpToolNotPublic]").inFile(source).onLine(8);
    assertThat(compilation).hadErrorContaining("[McpToolStatic]").inFile(source).onLine(8);
    assertThat(compilation).hadErrorContaining("[McpInvalidName]").inFile(source).onLine(7);
    assertThat(compilation).hadErrorContaining("Parameter first").inFile(source).onLine(8);
    assertThat(compilation).hadErrorContaining("Parameter second").inFile(source).onLine(9);
    assertThat(compilation).hadErrorCount(5);
  }

  @Test
  void aToolWithoutDescriptionIsOnlyAWarning() {
    JavaFileObject source = erroneous("Undescribed",
        "public class Undescribed {",
        "  @McpTool",
        "  public String ping() { return \"pong\"; }", // line 7
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[McpToolWithoutDescription] Tool 'ping' has no description, so"
            + " models can only guess what it does. Add a Javadoc comment or"
            + " @McpTool(description = \"...\").")
        .inFile(source)
        .onLine(7);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aConstraintThatCannotApplyIsAWarning() {
    JavaFileObject size = Fixtures.source("test.Size",
        "package test;",
        "public @interface Size { int min() default 0; int max() default Integer.MAX_VALUE; }");
    JavaFileObject source = erroneous("MisplacedConstraint",
        "public class MisplacedConstraint {",
        "  /** Counts. */",
        "  @McpTool",
        "  public int count(",
        "      @Size(max = 3) int n) { return n; }", // line 9
        "}");
    Compilation compilation = compile(size, source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[McpConstraintNotApplicable] @Size on parameter n does not apply to"
            + " an integer and is left out of the schema. Remove it, or move it to a string,"
            + " array, collection or map.")
        .inFile(source)
        .onLine(9);
    assertThat(compilation).hadWarningCount(1);
  }
}
