package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.mcpgen.processor.Fixtures.compile;
import static dev.mcpgen.processor.SchemaTest.assertJson;
import static dev.mcpgen.processor.ToolDiagnosticsTest.erroneous;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpgen.runtime.Icon;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Icons, {@code _meta}, the web site and task support, as clients see them; and every error. */
class MetadataTest {
  private static final JavaFileObject GALLERY = JavaFileObjects.forSourceString("test.Gallery", """
      package test;

      import dev.mcpgen.annotations.*;

      @McpServer(websiteUrl = "https://gallery.example",
          icons = {@McpIcon(src = "https://gallery.example/icon.png", mimeType = "image/png",
                       sizes = {"48x48", "96x96"}, theme = "light"),
                   @McpIcon(src = "data:image/svg+xml;base64,PHN2Zy8+")})
      public class Gallery {
        /** Paints. */
        @McpTool(icons = @McpIcon(src = "https://gallery.example/brush.svg", sizes = "any"),
            meta = "{\\"com.example/ui\\": {\\"compact\\": true}, \\"hint\\": 1}",
            taskSupport = McpTool.TaskSupport.OPTIONAL)
        public String paint() { return ""; }

        /** Renders. */
        @McpTool(taskSupport = McpTool.TaskSupport.REQUIRED)
        public String render() { return ""; }

        /** Sketches. */
        @McpTool(taskSupport = McpTool.TaskSupport.FORBIDDEN)
        public String sketch() { return ""; }

        /** The catalogue. */
        @McpResource(uri = "gallery://catalogue", meta = "{\\"version\\": 2}",
            icons = @McpIcon(src = "https://gallery.example/book.png", theme = "dark"))
        public String catalogue() { return ""; }

        /** A picture. */
        @McpResource(uri = "gallery://pictures/{id}",
            icons = @McpIcon(src = "https://gallery.example/picture.png"))
        public String picture(String id) { return id; }

        /** Describes. */
        @McpPrompt(meta = "{\\"io.example.tools/x\\": null}",
            icons = @McpIcon(src = "https://gallery.example/pen.png", mimeType = "image/png"))
        public String describe(String subject) { return subject; }
      }
      """);

  @Test
  void theServerInfoCarriesTheWebSiteAndIcons() {
    ClassLoader loader = Fixtures.load(GALLERY);
    ServerFactory factory = Fixtures.factory(loader);
    assertEquals(new ServerInfo("gallery", "0.1.0", null, null, "https://gallery.example",
            List.of(new Icon("https://gallery.example/icon.png", "image/png",
                    List.of("48x48", "96x96"), "light"),
                new Icon("data:image/svg+xml;base64,PHN2Zy8+", null, List.of(), null))),
        factory.info());
    assertJson("""
        {"name": "gallery", "version": "0.1.0", "websiteUrl": "https://gallery.example",
         "icons": [{"src": "https://gallery.example/icon.png", "mimeType": "image/png",
                    "sizes": ["48x48", "96x96"], "theme": "light"},
                   {"src": "data:image/svg+xml;base64,PHN2Zy8+"}]}""",
        Json.tree(Fixtures.resource(loader, "META-INF/mcp/gallery/server.json")));
  }

  @Test
  void definitionsCarryIconsMetaAndTaskSupport() {
    ClassLoader loader = Fixtures.load(GALLERY);
    ServerFactory factory = Fixtures.factory(loader);
    var paint = Json.tree(factory.toolDefinitions().get(0));
    assertJson("""
        [{"src": "https://gallery.example/brush.svg", "sizes": ["any"]}]""", paint.get("icons"));
    assertJson("""
        {"com.example/ui": {"compact": true}, "hint": 1}""", paint.get("_meta"));
    assertJson("""
        {"taskSupport": "optional"}""", paint.get("execution"));
    assertJson("""
        {"taskSupport": "required"}""", Json.tree(factory.toolDefinitions().get(1))
        .get("execution"));
    assertEquals(null, Json.tree(factory.toolDefinitions().get(2)).get("execution"));
    assertJson("""
        {"uri": "gallery://catalogue", "name": "catalogue", "description": "The catalogue.",
         "icons": [{"src": "https://gallery.example/book.png", "theme": "dark"}],
         "_meta": {"version": 2}}""",
        Json.tree(factory.resourceDefinitions().get(0)));
    assertJson("""
        {"uriTemplate": "gallery://pictures/{id}", "name": "picture",
         "description": "A picture.",
         "icons": [{"src": "https://gallery.example/picture.png"}]}""",
        Json.tree(factory.resourceTemplateDefinitions().get(0)));
    assertJson("""
        {"name": "describe", "description": "Describes.",
         "arguments": [{"name": "subject", "required": true}],
         "icons": [{"src": "https://gallery.example/pen.png", "mimeType": "image/png"}],
         "_meta": {"io.example.tools/x": null}}""",
        Json.tree(factory.promptDefinitions().get(0)));
    assertEquals(Json.tree(Fixtures.resource(loader, "META-INF/mcp/gallery/prompts.json"))
        .get("prompts").get(0), Json.tree(factory.promptDefinitions().get(0)));
  }

  private static void assertOnlyError(JavaFileObject source, String message, int line) {
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anIconComesFromHttpsOrData() {
    assertOnlyError(erroneous("ErroneousIconSource",
        "@McpServer(",
        "    icons = @McpIcon(src = \"http://example.com/i.png\"))", // line 6
        "public class ErroneousIconSource {}"),
        "[McpIconSource] Icon 'http://example.com/i.png' of server erroneous-icon-source is not"
            + " an https: or data: URI, the only icons clients load. Use an https:// URL or a"
            + " data: URI.", 6);
  }

  @Test
  void anIconThemeIsLightOrDark() {
    assertOnlyError(erroneous("ErroneousIconTheme",
        "public class ErroneousIconTheme {",
        "  /** Paints. */",
        "  @McpTool(",
        "      icons = @McpIcon(src = \"https://example.com/i.png\", theme = \"blue\"))", // line 8
        "  public void paint() {}",
        "}"),
        "[McpIconTheme] Icon theme 'blue' of tool paint is neither light nor dark. Write"
            + " \"light\" or \"dark\", or leave it empty for any theme.", 8);
  }

  @Test
  void metaIsAJsonObject() {
    assertOnlyError(erroneous("ErroneousMetaArray",
        "public class ErroneousMetaArray {",
        "  /** Paints. */",
        "  @McpTool(",
        "      meta = \"[1]\")", // line 8
        "  public void paint() {}",
        "}"),
        "[McpMetaNotObject] The meta of tool paint is not a JSON object (it is [1]). Write an"
            + " object, e.g. \"{\\\"com.example/ui\\\": \\\"compact\\\"}\".", 8);
    assertOnlyError(erroneous("ErroneousMetaText",
        "public class ErroneousMetaText {",
        "  /** Reads. */",
        "  @McpResource(uri = \"a://b\",",
        "      meta = \"{ui: 1}\")", // line 8
        "  public String read() { return \"\"; }",
        "}"),
        "[McpMetaNotObject] The meta of resource a://b is not a JSON object (", 8);
  }

  @Test
  void metaKeysFollowTheNamingRules() {
    JavaFileObject source = erroneous("ErroneousMetaKeys",
        "public class ErroneousMetaKeys {",
        "  /** Describes. */",
        "  @McpPrompt(",
        "      meta = \"{\\\"-ui\\\": 1, \\\"io.modelcontextprotocol/x\\\": 2,"
            + " \\\"com.mcp.tools/y\\\": 3, \\\"com.example.mcp/ok\\\": 4,"
            + " \\\"ok_1.v\\\": 5, \\\"com.example/\\\": 6}\")", // line 8
        "  public String describe() { return \"\"; }",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("[McpMetaKey] The _meta key '-ui' of prompt"
        + " describe is not a valid key: a prefix is labels of letters, digits and hyphens joined"
        + " by dots and ended by '/', and a name begins and ends with a letter or digit. Use a"
        + " name such as 'ui', or a prefixed one such as 'com.example/ui'.")
        .inFile(source).onLine(8);
    assertThat(compilation).hadErrorContaining("[McpMetaKey] The _meta key"
        + " 'io.modelcontextprotocol/x' of prompt describe uses the prefix"
        + " 'io.modelcontextprotocol/', which MCP reserves for itself.").inFile(source).onLine(8);
    assertThat(compilation).hadErrorContaining("[McpMetaKey] The _meta key 'com.mcp.tools/y' of"
        + " prompt describe uses the prefix 'com.mcp.tools/', which MCP reserves for itself.")
        .inFile(source).onLine(8);
    assertThat(compilation).hadErrorCount(3);
  }
}
