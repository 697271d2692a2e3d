package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpgen.runtime.Content;
import dev.mcpgen.runtime.ResourceContents;
import dev.mcpgen.runtime.ServerControl;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Properties of everything the processor writes, beyond any one tool's schema. */
class GeneratedCodeTest {
  /** Every shape of tool the dispatch can call, to compile with all warnings as errors. */
  private static final JavaFileObject EVERYTHING =
      JavaFileObjects.forSourceString("test.Everything", """
      package test;

      import dev.mcpgen.annotations.*;
      import dev.mcpgen.runtime.*;
      import java.io.IOException;
      import java.util.*;

      /** All the shapes. */
      @McpServer(name = "everything", websiteUrl = "https://example.com",
          icons = @McpIcon(src = "https://example.com/i.png", sizes = {"16x16", "any"}))
      public class Everything {
        private final ServerControl control;

        /** Creates one. */
        public Everything(ServerControl control, UserContext user) {
          this.control = control;
        }

        /** Sums nested lists. */
        @McpTool public long sum(List<List<Integer>> numbers, Map<String, Set<String>> tags,
            Optional<List<String>> names, Item[] items, List<Item>[] groups) { return 0; }
        /** Defaults. */
        @McpTool public String defaults(@McpParam(defaultValue = "3") int n,
            @McpParam(defaultValue = "[\\"a\\"]") List<String> names,
            @McpParam(required = McpParam.Requirement.OPTIONAL) char initial) { return ""; }
        /** Uses the context. */
        @McpTool public void context(McpContext context, OptionalInt n) {}
        /** Throws. */
        @McpTool public Item read() throws IOException { return null; }
        /** Old. */
        @Deprecated @McpTool public String old(Legacy legacy) { return ""; }
        /** Overloaded, one. */
        @McpTool(name = "find_one") public String find(String a) { return a; }
        /** Overloaded, two. */
        @McpTool(name = "find_two") public String find(int a) { return ""; }
        /** Named like an Object method. */
        @McpTool public int hashCode(String value) { return 0; }
        /** Named like the dispatch method. */
        @McpTool public String tool(String name) { return name; }
        /** Returns content. */
        @McpTool public List<Content.Text> texts() { return List.of(); }
        /** Returns any content. */
        @McpTool public List<? extends Content> contents() {
          return List.of(Content.link("file:///a", "a"),
              Content.resource(ResourceContents.text("file:///b", null, "b")));
        }
        /** Returns a link. */
        @McpTool public Content.ResourceLink link() { return Content.link("file:///a", "a"); }
        /** Notifies. */
        @McpTool(taskSupport = McpTool.TaskSupport.OPTIONAL, meta = "{\\\"a\\\": [1]}")
        public String touch(String uri) {
          control.resourceUpdated(uri);
          return uri;
        }

        /** Plans. */
        @McpPrompt public String plan(String city) { return city; }
        /** Cities. */
        @McpComplete(prompt = "plan", argument = "city")
        public Completion cities(String prefix, Map<String, String> chosen, McpContext context)
            throws IOException {
          return Completion.empty();
        }

        /** A form. */
        @McpForm public record Answer(@McpParam(defaultValue = "2") int count,
            Optional<Level> level, Set<Level> levels) {}
        /** A level. */
        public enum Level { @McpTitle("Low") LOW, HIGH }

        /** An item. */
        public record Item(String name) {}

        /** A legacy type. */
        @Deprecated public record Legacy(String name) {}
      }
      """);

  /** A deprecated server: the generated code must not warn about naming it. */
  private static final JavaFileObject DEPRECATED = JavaFileObjects.forSourceString("test.Old", """
      package test;

      /** Old tools. */
      @Deprecated(forRemoval = true)
      @dev.mcpgen.annotations.McpServer
      public class Old {
        /** Pings. */
        @dev.mcpgen.annotations.McpTool
        public String ping() { return "pong"; }
      }
      """);

  @Test
  void generatedCodeCompilesWithAllWarningsAsErrors() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new McpProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(EVERYTHING, DEPRECATED);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatedCodeCallsEveryShape() throws Exception {
    ServerFactory factory = Fixtures.factory(Fixtures.load(EVERYTHING));
    var server = factory.create(UserContext.of("u"));
    ObjectNode none = (ObjectNode) Json.tree("{}");
    assertEquals("find_two", Json.tree(factory.toolDefinitions().get(6)).get("name").asString());
    assertEquals("x", text(server.callTool("find_one", (ObjectNode) Json.tree("{\"a\":\"x\"}"),
        null)));
    assertEquals("0", text(server.callTool("hashCode", none, null)));
    assertEquals("t", text(server.callTool("tool", (ObjectNode) Json.tree("{\"name\":\"t\"}"),
        null)));
  }

  @Test
  void aServerTakingAControlGetsTheHostsOrOneThatReachesNoOne() throws Exception {
    ServerFactory factory = Fixtures.factory(Fixtures.load(EVERYTHING));
    List<String> updated = new java.util.ArrayList<>();
    ServerControl control = new ServerControl() {
      @Override
      public void resourceUpdated(String uri) {
        updated.add(uri);
      }

      @Override
      public void setToolEnabled(String name, boolean enabled) {}

      @Override
      public void setPromptEnabled(String name, boolean enabled) {}

      @Override
      public void setResourceEnabled(String uri, boolean enabled) {}
    };
    ObjectNode arguments = (ObjectNode) Json.tree("{\"uri\": \"file:///x\"}");
    factory.create(UserContext.of("u"), control).callTool("touch", arguments, null);
    factory.create(UserContext.of("u")).callTool("touch", arguments, null);
    assertEquals(List.of("file:///x"), updated);
  }

  @Test
  void anyContentIsPassedThrough() throws Exception {
    var server = Fixtures.factory(Fixtures.load(EVERYTHING)).create(UserContext.of("u"));
    ObjectNode none = (ObjectNode) Json.tree("{}");
    assertEquals(List.of(Content.link("file:///a", "a"),
            Content.resource(ResourceContents.text("file:///b", null, "b"))),
        server.callTool("contents", none, null).content());
    assertEquals(List.of(Content.link("file:///a", "a")),
        server.callTool("link", none, null).content());
  }

  @Test
  void outputDoesNotDependOnSourceOrder() {
    JavaFileObject a = server("A", "alpha");
    JavaFileObject b = server("B", "beta");
    Map<String, String> forward = outputs(Fixtures.compile(a, b));
    Map<String, String> backward = outputs(Fixtures.compile(b, a));
    assertEquals(forward, backward);
    assertEquals("test.AMcpFactory\ntest.BMcpFactory\n",
        forward.get("/CLASS_OUTPUT/META-INF/services/dev.mcpgen.runtime.spi.ServerFactory"));
  }

  @Test
  void everyFactoryIsRegisteredForServiceLoader() {
    ClassLoader loader = Fixtures.load(server("B", "beta"), server("A", "alpha"));
    assertEquals(List.of("alpha", "beta"),
        Fixtures.factories(loader).stream().map(f -> f.info().name()).toList());
  }

  @Test
  void manifestsHoldExactlyWhatTheFactoryServes() {
    ClassLoader loader = Fixtures.load(EVERYTHING);
    ServerFactory factory = Fixtures.factory(loader);
    var tools = Json.tree("{\"tools\":[]}");
    factory.toolDefinitions().forEach(t -> tools.withArray("tools").add(Json.tree(t)));
    assertEquals(tools, Json.tree(Fixtures.resource(loader, "META-INF/mcp/everything/tools.json")));
    assertEquals(Json.tree("""
            {"name": "everything", "version": "0.1.0", "description": "All the shapes.",
             "websiteUrl": "https://example.com",
             "icons": [{"src": "https://example.com/i.png", "sizes": ["16x16", "any"]}]}"""),
        Json.tree(Fixtures.resource(loader, "META-INF/mcp/everything/server.json")));
  }

  @Test
  void aClassWithToolsIsAServerNamedAfterIt() {
    ClassLoader loader = Fixtures.load(JavaFileObjects.forSourceString("test.SimpleHTTPTools", """
        package test;
        public class SimpleHTTPTools {
          /** Pings. */
          @dev.mcpgen.annotations.McpTool public String ping() { return "pong"; }
        }
        """));
    assertEquals(new ServerInfo("simple-http-tools", "0.1.0", null, null),
        Fixtures.factory(loader).info());
    assertEquals(Json.tree("{\"name\": \"simple-http-tools\", \"version\": \"0.1.0\"}"),
        Json.tree(Fixtures.resource(loader, "META-INF/mcp/simple-http-tools/server.json")));
  }

  @Test
  void nestedServerClassesJoinTheirNames() {
    Compilation compilation = Fixtures.compile(JavaFileObjects.forSourceString("test.Outer", """
        package test;
        public class Outer {
          /** Inner tools. */
          public static class Inner {
            /** Pings. */
            @dev.mcpgen.annotations.McpTool public String ping() { return "pong"; }
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Outer_InnerMcpFactory").isNotNull();
    assertEquals("inner", Fixtures.factory(Fixtures.load(compilation)).info().name());
  }

  @Test
  void definitionsLongerThanAClassFileConstantAreSplit() throws Exception {
    // In Javadoc: the fixture's own class file could not hold it as an annotation value.
    String description = "Ünïcödé".repeat(20_000);
    Compilation compilation = Fixtures.compile(JavaFileObjects.forSourceString("test.Long", """
        package test;
        public class Long {
          /** %s */
          @dev.mcpgen.annotations.McpTool
          public String ping() { return "pong"; }
        }
        """.formatted(description)));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.LongMcpFactory").contentsAsUtf8String()
        .contains("String.join(\"\",");
    ServerFactory factory = Fixtures.factory(Fixtures.load(compilation));
    assertEquals(description,
        Json.tree(factory.toolDefinitions().get(0)).get("description").asString());
  }

  @Test
  void theProcessorDeclaresItselfAggregatingToGradle() throws IOException {
    try (InputStream in = McpProcessor.class.getClassLoader()
        .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertEquals("dev.mcpgen.processor.McpProcessor,aggregating\n",
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theProcessorIsRegisteredForJavac() throws IOException {
    try (InputStream in = McpProcessor.class.getClassLoader()
        .getResourceAsStream("META-INF/services/javax.annotation.processing.Processor")) {
      assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .contains("dev.mcpgen.processor.McpProcessor"));
    }
  }

  @Test
  void anEmptyServerHasNoTools() {
    ClassLoader loader = Fixtures.load(server("Empty", "empty"));
    assertEquals(List.of(), Fixtures.factory(loader).toolDefinitions());
    assertNull(Fixtures.factory(loader).info().title());
  }

  private static JavaFileObject server(String name, String serverName) {
    return JavaFileObjects.forSourceString("test." + name, """
        package test;
        @dev.mcpgen.annotations.McpServer(name = "%s")
        public class %s {}
        """.formatted(serverName, name));
  }

  /** The text of every generated source and resource, by path. */
  private static Map<String, String> outputs(Compilation compilation) {
    assertThat(compilation).succeeded();
    Map<String, String> outputs = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (!file.getName().endsWith(".class")) {
        try {
          outputs.put(file.toUri().getPath(), file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return outputs;
  }

  private static String text(dev.mcpgen.runtime.CallToolResult result) {
    return ((dev.mcpgen.runtime.Content.Text) result.content().get(0)).text();
  }
}
