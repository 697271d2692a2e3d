package dev.mcpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpgen.runtime.Content;
import dev.mcpgen.runtime.GetPromptResult;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.PromptMessage;
import dev.mcpgen.runtime.ReadResourceResult;
import dev.mcpgen.runtime.ResourceContents;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UnknownPromptException;
import dev.mcpgen.runtime.spi.UnknownResourceException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Generated resource and prompt code at run time: compiled, loaded, called as the runtime does. */
class ResourcePromptDispatchTest {
  private static final McpContext CONTEXT = () -> UserContext.of("ada");
  private static final JavaFileObject SOURCE = JavaFileObjects.forSourceString("test.Library", """
      package test;

      import dev.mcpgen.annotations.*;
      import dev.mcpgen.runtime.*;
      import java.util.*;

      @McpServer
      public class Library {
        /** The configuration. */
        @McpResource(uri = "config://app", mimeType = "application/json", title = "Config")
        public String config(McpContext context) { return "{\\"user\\":\\"" + context.userId() + "\\"}"; }

        @McpResource(uri = "file:///logo.png", name = "logo", mimeType = "image/png")
        public byte[] logo() { return new byte[] {1, 2, 3}; }

        /** A book's chapter. */
        @McpResource(uri = "books://{book}/chapters/{chapter}")
        public String chapter(String chapter, String book) { return book + "#" + chapter; }

        /** A book. */
        @McpResource(uri = "books://{book}")
        public String book(String book) { return book; }

        /**
         * Reviews code.
         *
         * @param code the code to review
         * @param style how terse to be
         */
        @McpPrompt(title = "Code review")
        public String review(String code, Optional<String> style) {
          return "Review " + code + " " + style.orElse("plainly");
        }

        /** Starts a chat. */
        @McpPrompt(name = "chat")
        public List<PromptMessage> chat(@Nullable String topic) {
          return List.of(PromptMessage.user("Hi about " + topic), PromptMessage.assistant("Hello"));
        }

        /** One message. */
        @McpPrompt
        public PromptMessage one() { return PromptMessage.assistant("one"); }

        /** A whole result. */
        @McpPrompt
        public GetPromptResult whole() { return new GetPromptResult("whole", List.of()); }

        /** Only its simple name matters; -processing: nobody claims it. */
        @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
        @interface Nullable {}
      }
      """);

  private static ServerFactory factory;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compiler.javac().withProcessors(new McpProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror").compile(SOURCE);
    CompilationSubject.assertThat(compilation).succeeded();
    loader = Fixtures.load(compilation);
    factory = Fixtures.factory(loader);
  }

  private static ServerInstance instance() {
    return factory.create(UserContext.of("ada"));
  }

  @Test
  void fixedResourcesAndTemplatesAreDefinedApart() {
    assertEquals(List.of(
        "{\"uri\":\"config://app\",\"name\":\"config\",\"title\":\"Config\","
            + "\"description\":\"The configuration.\",\"mimeType\":\"application/json\"}",
        "{\"uri\":\"file:///logo.png\",\"name\":\"logo\",\"mimeType\":\"image/png\"}"),
        factory.resourceDefinitions());
    assertEquals(List.of("{\"uriTemplate\":\"books://{book}/chapters/{chapter}\","
        + "\"name\":\"chapter\",\"description\":\"A book's chapter.\"}",
        "{\"uriTemplate\":\"books://{book}\",\"name\":\"book\",\"description\":\"A book.\"}"),
        factory.resourceTemplateDefinitions());
  }

  @Test
  void promptArgumentsComeFromParametersAndJavadoc() {
    assertEquals("{\"name\":\"review\",\"title\":\"Code review\",\"description\":\"Reviews code.\","
        + "\"arguments\":[{\"name\":\"code\",\"description\":\"the code to review\","
        + "\"required\":true},{\"name\":\"style\",\"description\":\"how terse to be\","
        + "\"required\":false}]}", factory.promptDefinitions().get(0));
    assertEquals("{\"name\":\"chat\",\"description\":\"Starts a chat.\","
        + "\"arguments\":[{\"name\":\"topic\",\"required\":false}]}",
        factory.promptDefinitions().get(1));
  }

  @Test
  void theManifestsHoldTheSameDefinitions() {
    String resources = Fixtures.resource(loader, "META-INF/mcp/library/resources.json");
    assertEquals(Json.tree(resources).get("resourceTemplates").get(0),
        Json.tree(factory.resourceTemplateDefinitions().get(0)));
    String prompts = Fixtures.resource(loader, "META-INF/mcp/library/prompts.json");
    assertEquals(4, Json.tree(prompts).get("prompts").size());
  }

  @Test
  void aFixedTextResourceIsReadWithTheContext() throws Exception {
    assertEquals(ReadResourceResult.of(ResourceContents.text("config://app", "application/json",
        "{\"user\":\"ada\"}")), instance().readResource("config://app", CONTEXT));
  }

  @Test
  void aByteArrayResourceIsABlob() throws Exception {
    assertEquals(new ResourceContents.Blob("file:///logo.png", "image/png", "AQID"),
        instance().readResource("file:///logo.png", CONTEXT).contents().get(0));
  }

  @Test
  void templateVariablesBindByNameNotPosition() throws Exception {
    ResourceContents contents =
        instance().readResource("books://dune/chapters/3", CONTEXT).contents().get(0);
    assertEquals(new ResourceContents.Text("books://dune/chapters/3", null, "dune#3"), contents);
  }

  @Test
  void templatesAreTriedInDeclarationOrder() throws Exception {
    assertEquals("dune", ((ResourceContents.Text) instance().readResource("books://dune", CONTEXT)
        .contents().get(0)).text());
  }

  @Test
  void anUnknownUriIsUnknownResource() {
    assertEquals("authors://herbert",
        assertThrows(UnknownResourceException.class,
            () -> instance().readResource("authors://herbert", CONTEXT)).uri());
  }

  @Test
  void aStringPromptIsOneUserMessage() throws Exception {
    ObjectNode arguments = JsonNodeFactory.instance.objectNode().put("code", "x++");
    assertEquals(GetPromptResult.text("Review x++ plainly"),
        instance().getPrompt("review", arguments, CONTEXT));
  }

  @Test
  void messagePromptsAreWrapped() throws Exception {
    ObjectNode arguments = JsonNodeFactory.instance.objectNode().put("topic", "tea");
    GetPromptResult chat = instance().getPrompt("chat", arguments, CONTEXT);
    assertEquals(List.of(PromptMessage.user("Hi about tea"), PromptMessage.assistant("Hello")),
        chat.messages());
    assertEquals(List.of(new PromptMessage(PromptMessage.Role.ASSISTANT, Content.text("one"))),
        instance().getPrompt("one", JsonNodeFactory.instance.objectNode(), CONTEXT).messages());
    assertEquals("whole",
        instance().getPrompt("whole", JsonNodeFactory.instance.objectNode(), CONTEXT)
            .description());
  }

  @Test
  void anUnknownPromptIsUnknownPrompt() {
    assertThrows(UnknownPromptException.class,
        () -> instance().getPrompt("nope", JsonNodeFactory.instance.objectNode(), CONTEXT));
  }
}
