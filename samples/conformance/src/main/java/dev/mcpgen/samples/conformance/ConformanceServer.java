package dev.mcpgen.samples.conformance;

import dev.mcpgen.annotations.McpComplete;
import dev.mcpgen.annotations.McpIcon;
import dev.mcpgen.annotations.McpPrompt;
import dev.mcpgen.annotations.McpResource;
import dev.mcpgen.annotations.McpServer;
import dev.mcpgen.annotations.McpTool;
import dev.mcpgen.annotations.McpTool.Hint;
import dev.mcpgen.annotations.McpTool.TaskSupport;
import dev.mcpgen.runtime.Content;
import dev.mcpgen.runtime.ElicitResult;
import dev.mcpgen.runtime.LogLevel;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.PromptMessage;
import dev.mcpgen.runtime.ResourceContents;
import dev.mcpgen.runtime.Root;
import dev.mcpgen.runtime.SamplingRequest;
import dev.mcpgen.runtime.ServerControl;
import dev.mcpgen.runtime.ToolException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformance suite's "everything" server, written with mcpgen annotations: the tools
 * {@code test_*}, resources {@code test://…} and prompts {@code test_*} that the official MCP
 * conformance suite's server scenarios call, plus the rest of MCP 2025-11-25 a server class can
 * use (subscriptions, list changes, roots, URL elicitation, tasks, resource links, icons).
 */
@McpServer(
    name = "conformance",
    version = "1.0.0",
    title = "mcpgen conformance server",
    instructions = "Implements every server scenario of the MCP conformance suite.",
    websiteUrl = "https://modelcontextprotocol.io",
    icons = @McpIcon(src = ConformanceServer.ICON, mimeType = "image/png"))
public class ConformanceServer {
  static final String ICON =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
  private static final String WATCHED = "test://watched-resource";
  private static final JsonMapper JSON = new JsonMapper();

  private final ServerControl control;
  private volatile String watchedContent = "Watched resource content";

  /** One instance per user; {@code control} reaches that user's connections. */
  public ConformanceServer(ServerControl control) {
    this.control = control;
  }

  // ===== Tools: content =====

  /** Tests simple text content response. */
  @McpTool(name = "test_simple_text", readOnly = Hint.TRUE)
  public String simpleText() {
    return "This is a simple text response for testing.";
  }

  /** Tests image content response. */
  @McpTool(name = "test_image_content", readOnly = Hint.TRUE)
  public Content imageContent() {
    return Content.image(Media.PNG, "image/png");
  }

  /** Tests audio content response. */
  @McpTool(name = "test_audio_content", readOnly = Hint.TRUE)
  public Content audioContent() {
    return Content.audio(Media.WAV, "audio/wav");
  }

  /** Tests embedded resource content response. */
  @McpTool(name = "test_embedded_resource", readOnly = Hint.TRUE)
  public Content embeddedResource() {
    return Content.resource(ResourceContents.text(
        "test://embedded-resource", "text/plain", "This is an embedded resource content."));
  }

  /** Tests response with multiple content types (text, image, resource). */
  @McpTool(name = "test_multiple_content_types", readOnly = Hint.TRUE)
  public List<Content> multipleContentTypes() {
    return List.of(
        Content.text("Multiple content types test:"),
        Content.image(Media.PNG, "image/png"),
        Content.resource(ResourceContents.text("test://mixed-content-resource",
            "application/json", "{\"test\":\"data\",\"value\":123}")));
  }

  /** Tests a link to a resource the client may read later. */
  @McpTool(name = "test_resource_link", readOnly = Hint.TRUE)
  public Content resourceLink() {
    return Content.link("test://static-text", "static-text")
        .withMimeType("text/plain")
        .withDescription("A static text resource for testing");
  }

  /**
   * Tests structured output: the result is a record, so the tool has an output schema.
   *
   * @param a the first addend
   * @param b the second addend
   */
  @McpTool(name = "test_structured_output", readOnly = Hint.TRUE, idempotent = Hint.TRUE,
      title = "Structured sum", meta = "{\"example.com/category\": \"math\"}")
  public Sum structuredOutput(int a, int b) {
    return new Sum(a, b, (long) a + b);
  }

  /**
   * A sum with its addends.
   *
   * @param a the first addend
   * @param b the second addend
   * @param sum their sum
   */
  public record Sum(int a, int b, long sum) {}

  /** Tests error response handling. */
  @McpTool(name = "test_error_handling")
  public String errorHandling() {
    throw new ToolException("This tool intentionally returns an error for testing");
  }

  /**
   * Tool with JSON Schema 2020-12 features for conformance testing (SEP-1613).
   *
   * @param name a name
   * @param address an address, defined once under {@code $defs}
   */
  @McpTool(name = "json_schema_2020_12_tool", readOnly = Hint.TRUE)
  public String jsonSchema202012(Optional<String> name, Optional<Address> address) {
    Map<String, Object> args = new LinkedHashMap<>();
    name.ifPresent(value -> args.put("name", value));
    address.ifPresent(value -> args.put("address", value));
    return "JSON Schema 2020-12 tool called with: " + JSON.writeValueAsString(args);
  }

  // ===== Tools: the call context =====

  /** Tests tool that emits log messages during execution. */
  @McpTool(name = "test_tool_with_logging")
  public String toolWithLogging(McpContext ctx) throws InterruptedException {
    ctx.log(LogLevel.INFO, "Tool execution started");
    Thread.sleep(50);
    ctx.log(LogLevel.INFO, "Tool processing data");
    Thread.sleep(50);
    ctx.log(LogLevel.INFO, "Tool execution completed");
    return "Tool with logging executed successfully";
  }

  /** Tests tool that reports progress notifications. */
  @McpTool(name = "test_tool_with_progress")
  public String toolWithProgress(McpContext ctx) throws InterruptedException {
    for (int step = 0; step <= 100; step += 50) {
      ctx.progress(step, 100.0, "Completed step " + step + " of 100");
      if (step < 100) {
        Thread.sleep(50);
      }
    }
    return "Progress reported in 3 steps";
  }

  /**
   * Tests SSE stream disconnection and client reconnection (SEP-1699): closes the stream mid-call
   * and sends the result after the client reconnects.
   */
  @McpTool(name = "test_reconnection")
  public String reconnection(McpContext ctx) throws InterruptedException {
    ctx.closeStream();
    Thread.sleep(100);
    return "Reconnection test completed successfully. If you received this, the client properly"
        + " reconnected after stream closure.";
  }

  /**
   * Tests server-initiated sampling (LLM completion request).
   *
   * @param prompt The prompt to send to the LLM
   */
  @McpTool(name = "test_sampling")
  public String sampling(String prompt, McpContext ctx) {
    return "LLM response: " + ctx.sample(SamplingRequest.of(prompt).maxTokens(100)).text();
  }

  /**
   * Tests server-initiated elicitation (user input request).
   *
   * @param message The message to show the user
   */
  @McpTool(name = "test_elicitation")
  public String elicitation(String message, McpContext ctx) {
    return "User response: " + describe(ctx.elicit(message, ResponseForm.class));
  }

  /** Tests elicitation with default values per SEP-1034. */
  @McpTool(name = "test_elicitation_sep1034_defaults")
  public String elicitationDefaults(McpContext ctx) {
    ElicitResult<DefaultsForm> answer =
        ctx.elicit("Please review and update the form fields with defaults", DefaultsForm.class);
    return "Elicitation completed: " + describe(answer);
  }

  /** Tests elicitation with enum schema improvements per SEP-1330. */
  @McpTool(name = "test_elicitation_sep1330_enums")
  public String elicitationEnums(McpContext ctx) {
    ElicitResult<EnumsForm> answer =
        ctx.elicit("Please select options from the enum fields", EnumsForm.class);
    return "Elicitation completed: " + describe(answer);
  }

  /** Tests URL-mode elicitation: the user is sent to a page, and told when it is done. */
  @McpTool(name = "test_elicitation_url")
  public String elicitationUrl(McpContext ctx) {
    ElicitResult<Void> answer = ctx.elicitUrl(
        "Please sign in to continue", "https://example.com/sign-in", "sign-in-1");
    if (answer.accepted()) {
      ctx.elicitationComplete("sign-in-1");
    }
    return "URL elicitation: action=" + action(answer);
  }

  /** Tests the client's roots (roots/list). */
  @McpTool(name = "test_roots", readOnly = Hint.TRUE)
  public String roots(McpContext ctx) {
    List<Root> roots = ctx.roots();
    return "Roots: " + roots.stream().map(Root::uri).collect(Collectors.joining(", "));
  }

  /**
   * Tests a tool a client may run as a task: it reports progress and can be cancelled.
   *
   * @param steps how many 20 ms steps to take
   */
  @McpTool(name = "test_tool_with_task", taskSupport = TaskSupport.OPTIONAL)
  public String toolWithTask(int steps, McpContext ctx) throws InterruptedException {
    for (int step = 1; step <= steps; step++) {
      if (ctx.isCancelled()) {
        return "Cancelled after " + (step - 1) + " steps";
      }
      Thread.sleep(20);
      ctx.progress(step, (double) steps, null);
    }
    return "Task completed " + steps + " steps";
  }

  // ===== Tools: changing what is offered =====

  /**
   * Changes the watched resource; subscribers get {@code notifications/resources/updated}.
   *
   * @param content the resource's new text
   */
  @McpTool(name = "test_update_watched_resource")
  public String updateWatchedResource(String content) {
    watchedContent = content;
    control.resourceUpdated(WATCHED);
    return "Updated " + WATCHED;
  }

  /**
   * Hides or shows the prompt {@code test_simple_prompt}; clients get
   * {@code notifications/prompts/list_changed}.
   *
   * @param enabled whether the prompt is offered
   */
  @McpTool(name = "test_toggle_prompt")
  public String togglePrompt(boolean enabled) {
    control.setPromptEnabled("test_simple_prompt", enabled);
    return "test_simple_prompt " + (enabled ? "enabled" : "disabled");
  }

  /**
   * Hides or shows the tool {@code test_simple_text}; clients get
   * {@code notifications/tools/list_changed}.
   *
   * @param enabled whether the tool is offered
   */
  @McpTool(name = "test_toggle_tool")
  public String toggleTool(boolean enabled) {
    control.setToolEnabled("test_simple_text", enabled);
    return "test_simple_text " + (enabled ? "enabled" : "disabled");
  }

  /**
   * Hides or shows the resource {@code test://static-binary}; clients get
   * {@code notifications/resources/list_changed}.
   *
   * @param enabled whether the resource is offered
   */
  @McpTool(name = "test_toggle_resource")
  public String toggleResource(boolean enabled) {
    control.setResourceEnabled("test://static-binary", enabled);
    return "test://static-binary " + (enabled ? "enabled" : "disabled");
  }

  // ===== Resources =====

  /** A static text resource for testing. */
  @McpResource(uri = "test://static-text", name = "static-text", title = "Static Text Resource",
      mimeType = "text/plain")
  public String staticText() {
    return "This is the content of the static text resource.";
  }

  /** A static binary resource (image) for testing. */
  @McpResource(uri = "test://static-binary", name = "static-binary",
      title = "Static Binary Resource", mimeType = "image/png")
  public byte[] staticBinary() {
    return Media.PNG.clone();
  }

  /**
   * A resource template with parameter substitution.
   *
   * @param id the record's id
   */
  @McpResource(uri = "test://template/{id}/data", name = "template", title = "Resource Template",
      mimeType = "application/json")
  public String template(String id) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", id);
    data.put("templateTest", true);
    data.put("data", "Data for ID: " + id);
    return JSON.writeValueAsString(data);
  }

  /** A resource that changes when {@code test_update_watched_resource} is called. */
  @McpResource(uri = WATCHED, name = "watched-resource", title = "Watched Resource",
      mimeType = "text/plain")
  public String watched() {
    return watchedContent;
  }

  /**
   * Completes the template's {@code id} variable from the ids that exist.
   *
   * @param prefix what the user typed so far
   */
  @McpComplete(resourceTemplate = "test://template/{id}/data", argument = "id")
  public List<String> completeId(String prefix) {
    return Stream.of("123", "124", "200").filter(id -> id.startsWith(prefix)).toList();
  }

  // ===== Prompts =====

  /** A simple prompt without arguments. */
  @McpPrompt(name = "test_simple_prompt", title = "Simple Test Prompt")
  public String simplePrompt() {
    return "This is a simple prompt for testing.";
  }

  /**
   * A prompt with required arguments.
   *
   * @param arg1 First test argument
   * @param arg2 Second test argument
   */
  @McpPrompt(name = "test_prompt_with_arguments", title = "Prompt With Arguments")
  public String promptWithArguments(String arg1, String arg2) {
    return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
  }

  /**
   * Completes {@code arg1} of {@code test_prompt_with_arguments}.
   *
   * @param prefix what the user typed so far
   */
  @McpComplete(prompt = "test_prompt_with_arguments", argument = "arg1")
  public List<String> completeArg1(String prefix) {
    return Stream.of("paris", "park", "party").filter(word -> word.startsWith(prefix)).toList();
  }

  /**
   * A prompt that includes an embedded resource.
   *
   * @param resourceUri URI of the resource to embed
   */
  @McpPrompt(name = "test_prompt_with_embedded_resource", title = "Prompt With Embedded Resource")
  public List<PromptMessage> promptWithEmbeddedResource(String resourceUri) {
    return List.of(
        new PromptMessage(PromptMessage.Role.USER, Content.resource(ResourceContents.text(
            resourceUri, "text/plain", "Embedded resource content for testing."))),
        PromptMessage.user("Please process the embedded resource above."));
  }

  /** A prompt that includes image content. */
  @McpPrompt(name = "test_prompt_with_image", title = "Prompt With Image")
  public List<PromptMessage> promptWithImage() {
    return List.of(
        new PromptMessage(PromptMessage.Role.USER, Content.image(Media.PNG, "image/png")),
        PromptMessage.user("Please analyze the image above."));
  }

  private static String describe(ElicitResult<?> answer) {
    String content = answer.content() == null ? "{}" : JSON.writeValueAsString(answer.content());
    return "action=" + action(answer) + ", content=" + content;
  }

  private static String action(ElicitResult<?> answer) {
    return answer.action().name().toLowerCase(Locale.ROOT);
  }
}
