package dev.mcpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.JavaFileObjects;
import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.Content;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.ToolException;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ArgumentException;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UnknownToolException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The generated code at run time: compiled, loaded, and called as the runtime calls it. */
class DispatchTest {
  private static final McpContext CONTEXT = () -> UserContext.of("ada");
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    loader = Fixtures.load(
        JavaFileObjects.forSourceString("test.Calculator", """
            package test;

            import dev.mcpgen.annotations.*;
            import dev.mcpgen.runtime.*;
            import java.io.IOException;
            import java.time.LocalDate;
            import java.util.*;

            /** Arithmetic for models. */
            @McpServer(version = "2.0.0", title = "Calculator")
            public class Calculator {
              private final String user;

              public Calculator() { this.user = "nobody"; }

              public Calculator(UserContext user) { this.user = user.userId(); }

              /** Adds. */
              @McpTool public long add(int a, int b) { return (long) a + b; }

              /** Greets. */
              @McpTool public String greet(String name, Optional<String> greeting) {
                return greeting.orElse("Hello") + ", " + name + "!";
              }

              /** Sums. */
              @McpTool public Sum sum(List<Double> numbers) {
                return new Sum(numbers.size(), numbers.stream().mapToDouble(d -> d).sum(),
                    Optional.empty());
              }

              /** Plans. */
              @McpTool public String plan(Meeting meeting) {
                return meeting.title() + " on " + meeting.day();
              }

              /** Lists. */
              @McpTool public List<String> keys(@McpParam(defaultValue = "") String prefix) {
                return List.of(prefix + "a", prefix + "b");
              }

              /** Repeats. */
              @McpTool public String repeat(@McpParam(defaultValue = "3") int times,
                  @McpParam(required = McpParam.Requirement.OPTIONAL) int extra) {
                return "x".repeat(times + extra);
              }

              /** Describes optionals. */
              @McpTool public String maybe(OptionalInt n, Optional<LocalDate> day) {
                return n + " " + day;
              }

              /** Says who calls. */
              @McpTool public String whoami(McpContext context) {
                return user + "/" + context.userId();
              }

              /** Does nothing. */
              @McpTool public void ping() {}

              /** Returns null. */
              @McpTool public String nothing() { return null; }

              /** Draws. */
              @McpTool public Content draw() { return Content.image(new byte[] {1}, "image/png"); }

              /** Draws twice. */
              @McpTool public List<Content> drawTwice() {
                return List.of(Content.text("a"), draw());
              }

              /** Answers fully. */
              @McpTool public CallToolResult full() { return CallToolResult.error("nope"); }

              /** Fails for the model. */
              @McpTool public String fail() { throw new ToolException("try again"); }

              /** Fails to read. */
              @McpTool public String read() throws IOException { throw new IOException("disk"); }

              /** Describes itself. */
              @McpTool public Map<String, Object> about() {
                return new TreeMap<>(Map.of("name", "calc", "tools", List.of("add")));
              }

              /** Checks a flag. */
              @McpTool public boolean not(boolean flag) { return !flag; }

              /** A sum. */
              public record Sum(int count, double total, Optional<String> note) {}

              /** A meeting. */
              public record Meeting(String title, LocalDate day) {}
            }
            """));
  }

  private static ServerInstance server() {
    return Fixtures.factory(loader).create(UserContext.of("ada"));
  }

  private static CallToolResult call(String tool, String arguments) throws Exception {
    return server().callTool(tool, (ObjectNode) Json.tree(arguments), CONTEXT);
  }

  private static String text(CallToolResult result) {
    assertEquals(1, result.content().size(), "one content item in " + result);
    return ((Content.Text) result.content().get(0)).text();
  }

  @Test
  void theFactoryIntroducesTheServer() {
    assertEquals(
        new ServerInfo("calculator", "2.0.0", "Calculator", "Arithmetic for models."),
        Fixtures.factory(loader).info());
  }

  @Test
  void scalarsBecomeText() throws Exception {
    assertEquals("5", text(call("add", "{\"a\": 2, \"b\": 3}")));
    assertEquals("false", text(call("not", "{\"flag\": true}")));
  }

  @Test
  void anAbsentOptionalIsEmpty() throws Exception {
    assertEquals("Hello, Ada!", text(call("greet", "{\"name\": \"Ada\"}")));
    assertEquals("Hi, Ada!", text(call("greet", "{\"name\": \"Ada\", \"greeting\": \"Hi\"}")));
    assertEquals("OptionalInt.empty Optional.empty", text(call("maybe", "{}")));
    assertEquals("OptionalInt[4] Optional[2026-01-02]",
        text(call("maybe", "{\"n\": 4, \"day\": \"2026-01-02\"}")));
  }

  @Test
  void aRecordResultIsStructured() throws Exception {
    CallToolResult result = call("sum", "{\"numbers\": [1, 2.5]}");
    assertEquals(Json.tree("{\"count\": 2, \"total\": 3.5}"), result.structuredContent());
    assertEquals(Json.tree("{\"count\": 2, \"total\": 3.5}"), Json.tree(text(result)));
  }

  @Test
  void aListResultIsTheTextOfItsJson() throws Exception {
    assertEquals("[\"a\",\"b\"]", text(call("keys", "{}")));
  }

  @Test
  void aMapResultIsTheTextOfItsJson() throws Exception {
    assertEquals("{\"name\":\"calc\",\"tools\":[\"add\"]}", text(call("about", "{}")));
  }

  @Test
  void defaultsApplyWhenArgumentsAreAbsent() throws Exception {
    assertEquals("[\"xa\",\"xb\"]", text(call("keys", "{\"prefix\": \"x\"}")));
    assertEquals("xxx", text(call("repeat", "{}")));
    assertEquals("xxxxx", text(call("repeat", "{\"times\": 4, \"extra\": 1}")));
  }

  @Test
  void recordsBindFromObjects() throws Exception {
    assertEquals("Review on 2026-12-01",
        text(call("plan", "{\"meeting\": {\"title\": \"Review\", \"day\": \"2026-12-01\"}}")));
  }

  @Test
  void theContextAndTheUserAreInjected() throws Exception {
    assertEquals("ada/ada", text(call("whoami", "{}")));
  }

  @Test
  void voidAndNullAreEmptyResults() throws Exception {
    assertEquals(CallToolResult.empty(), call("ping", "{}"));
    assertEquals(CallToolResult.empty(), call("nothing", "{}"));
  }

  @Test
  void contentAndResultsPassThrough() throws Exception {
    Content image = Content.image(new byte[] {1}, "image/png");
    assertEquals(CallToolResult.of(image), call("draw", "{}"));
    assertEquals(CallToolResult.of(Content.text("a"), image), call("drawTwice", "{}"));
    assertEquals(CallToolResult.error("nope"), call("full", "{}"));
    assertNull(call("draw", "{}").structuredContent());
  }

  @Test
  void toolExceptionsPropagate() {
    assertEquals("try again", assertThrows(ToolException.class, () -> call("fail", "{}"))
        .getMessage());
    assertEquals("disk", assertThrows(IOException.class, () -> call("read", "{}")).getMessage());
  }

  @Test
  void aBadArgumentNamesItsPointer() {
    ArgumentException e =
        assertThrows(ArgumentException.class, () -> call("add", "{\"a\": 2, \"b\": \"x\"}"));
    assertEquals("/b", e.pointer());
    assertEquals("Invalid argument /b: expected integer, got string \"x\"", e.getMessage());
  }

  @Test
  void aBadNestedArgumentPointsInsideIt() {
    ArgumentException e = assertThrows(ArgumentException.class,
        () -> call("plan", "{\"meeting\": {\"title\": \"Review\", \"day\": \"soon\"}}"));
    assertEquals("/meeting/day", e.pointer());
  }

  @Test
  void anUnknownToolIsReported() {
    UnknownToolException e =
        assertThrows(UnknownToolException.class, () -> call("divide", "{}"));
    assertEquals("divide", e.tool());
  }

  @Test
  void eachUserGetsANewInstance() {
    var factory = Fixtures.factory(loader);
    ServerInstance first = factory.create(UserContext.of("a"));
    ServerInstance second = factory.create(UserContext.of("b"));
    assertSame(first.getClass(), second.getClass());
    assertNotSame(first, second);
    assertEquals(List.of("add", "greet", "sum", "plan", "keys", "repeat", "maybe", "whoami",
            "ping", "nothing", "draw", "drawTwice", "full", "fail", "read", "about", "not"),
        factory.toolDefinitions().stream().map(t -> Json.tree(t).get("name").asString()).toList());
  }
}
