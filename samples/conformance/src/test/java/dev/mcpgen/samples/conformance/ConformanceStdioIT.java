package dev.mcpgen.samples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.AudioContent;
import io.modelcontextprotocol.spec.McpSchema.BlobResourceContents;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest.CompleteArgument;
import io.modelcontextprotocol.spec.McpSchema.CreateMessageRequest;
import io.modelcontextprotocol.spec.McpSchema.CreateMessageResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitUrlRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitationCompleteNotification;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpSchema.LoggingMessageNotification;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptReference;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceContents;
import io.modelcontextprotocol.spec.McpSchema.ResourceLink;
import io.modelcontextprotocol.spec.McpSchema.ResourceReference;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.Root;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.SubscribeRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.UnsubscribeRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every 2025-11-25 feature of the conformance server over stdio, through the official MCP Java
 * SDK client spawning the packaged jar. (Cancellation and tasks, which that client cannot send,
 * are in {@link ConformanceRawStdioIT}.)
 */
class ConformanceStdioIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  /** How long to listen for a notification that should not come. */
  private static final Duration QUIET = Duration.ofMillis(300);

  private final BlockingQueue<LoggingMessageNotification> logs = new LinkedBlockingQueue<>();
  private final BlockingQueue<ProgressNotification> progress = new LinkedBlockingQueue<>();
  private final BlockingQueue<List<ResourceContents>> updates = new LinkedBlockingQueue<>();
  private final BlockingQueue<List<Tool>> toolLists = new LinkedBlockingQueue<>();
  private final BlockingQueue<List<Prompt>> promptLists = new LinkedBlockingQueue<>();
  private final BlockingQueue<List<Resource>> resourceLists = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> completedElicitations = new LinkedBlockingQueue<>();
  private final BlockingQueue<CreateMessageRequest> samplingRequests = new LinkedBlockingQueue<>();
  private final BlockingQueue<ElicitFormRequest> formRequests = new LinkedBlockingQueue<>();
  private final AtomicReference<Function<ElicitFormRequest, ElicitResult>> formAnswer =
      new AtomicReference<>(request -> new ElicitResult(ElicitResult.Action.DECLINE, null));
  private McpSyncClient client;

  @BeforeEach
  void start() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ServerParameters server = ServerParameters.builder(java)
        .args("-jar", System.getProperty("conformance.jar")).build();
    client = McpClient.sync(new StdioClientTransport(server, McpJsonDefaults.getMapper()))
        .requestTimeout(Duration.ofSeconds(20))
        .capabilities(ClientCapabilities.builder().sampling().elicitation(true, true)
            .roots(true).build())
        .roots(new Root("file:///work/project", "project"), new Root("file:///tmp", "scratch"))
        .loggingConsumer(logs::add)
        .progressConsumer(progress::add)
        .resourcesUpdateConsumer(updates::add)
        .toolsChangeConsumer(toolLists::add)
        .promptsChangeConsumer(promptLists::add)
        .resourcesChangeConsumer(resourceLists::add)
        .elicitationCompleteConsumer(done -> completedElicitations.add(done.elicitationId()))
        .sampling(this::sample)
        .elicitation(request -> {
          formRequests.add(request);
          return formAnswer.get().apply(request);
        })
        .urlElicitation(this::openUrl)
        .build();
    client.initialize();
  }

  @AfterEach
  void stop() {
    client.closeGracefully();
  }

  @Test
  void initializeAnnouncesTheServerAndEveryCapability() {
    assertEquals("conformance", client.getServerInfo().name());
    assertEquals("mcpgen conformance server", client.getServerInfo().title());
    assertEquals("1.0.0", client.getServerInfo().version());
    assertEquals("https://modelcontextprotocol.io", client.getServerInfo().websiteUrl());
    assertEquals("image/png", client.getServerInfo().icons().get(0).mimeType());
    assertEquals("Implements every server scenario of the MCP conformance suite.",
        client.getServerInstructions());
    ServerCapabilities capabilities = client.getServerCapabilities();
    assertTrue(capabilities.tools().listChanged());
    assertTrue(capabilities.resources().subscribe());
    assertTrue(capabilities.resources().listChanged());
    assertTrue(capabilities.prompts().listChanged());
    assertNotNull(capabilities.logging());
    assertNotNull(capabilities.completions());
  }

  @Test
  void toolsAreListedWithSchemasAnnotationsAndMetadata() {
    Map<String, Tool> tools = toolsByName(client.listTools().tools());
    assertTrue(tools.keySet().containsAll(List.of("test_simple_text", "test_image_content",
        "test_audio_content", "test_embedded_resource", "test_multiple_content_types",
        "test_tool_with_logging", "test_tool_with_progress", "test_error_handling",
        "test_reconnection", "test_sampling", "test_elicitation",
        "test_elicitation_sep1034_defaults", "test_elicitation_sep1330_enums",
        "json_schema_2020_12_tool")), tools.keySet().toString());
    Tool schemaTool = tools.get("json_schema_2020_12_tool");
    Map<String, Object> schema = schemaTool.inputSchema();
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema"));
    assertEquals(false, schema.get("additionalProperties"));
    assertTrue(((Map<?, ?>) schema.get("$defs")).containsKey("address"), schema.toString());
    Tool sum = tools.get("test_structured_output");
    assertEquals("Structured sum", sum.title());
    assertTrue(sum.annotations().readOnlyHint());
    assertEquals(Map.of("example.com/category", "math"), sum.meta());
    assertEquals(List.of("a", "b", "sum"), sum.outputSchema().get("required"));
  }

  @Test
  void toolsAnswerWithEveryKindOfContent() {
    assertEquals("This is a simple text response for testing.", text(call("test_simple_text")));

    ImageContent image = assertInstanceOf(ImageContent.class,
        call("test_image_content").content().get(0));
    assertEquals("image/png", image.mimeType());
    assertEquals(java.util.Base64.getEncoder().encodeToString(Media.PNG), image.data());

    AudioContent audio = assertInstanceOf(AudioContent.class,
        call("test_audio_content").content().get(0));
    assertEquals("audio/wav", audio.mimeType());

    EmbeddedResource embedded = assertInstanceOf(EmbeddedResource.class,
        call("test_embedded_resource").content().get(0));
    TextResourceContents contents =
        assertInstanceOf(TextResourceContents.class, embedded.resource());
    assertEquals("test://embedded-resource", contents.uri());
    assertEquals("This is an embedded resource content.", contents.text());

    List<?> mixed = call("test_multiple_content_types").content();
    assertEquals(3, mixed.size());
    assertInstanceOf(TextContent.class, mixed.get(0));
    assertInstanceOf(ImageContent.class, mixed.get(1));
    assertInstanceOf(EmbeddedResource.class, mixed.get(2));

    ResourceLink link = assertInstanceOf(ResourceLink.class,
        call("test_resource_link").content().get(0));
    assertEquals("test://static-text", link.uri());
    assertEquals("text/plain", link.mimeType());
  }

  @Test
  void aRecordResultIsStructuredContent() {
    CallToolResult result = call("test_structured_output", Map.of("a", 2, "b", 40));
    assertEquals(Map.of("a", 2, "b", 40, "sum", 42), result.structuredContent());
  }

  @Test
  void aFailingToolIsAnErrorResultWithItsMessage() {
    CallToolResult result = call("test_error_handling");
    assertTrue(result.isError());
    assertEquals("This tool intentionally returns an error for testing", text(result));
  }

  @Test
  void badArgumentsAreAnErrorResultNamingTheArgument() {
    CallToolResult result = call("test_structured_output", Map.of("a", "two", "b", 1));
    assertTrue(result.isError());
    assertTrue(text(result).contains("/a"), text(result));
  }

  @Test
  void aToolLogsToTheClientAtTheLevelItSet() throws InterruptedException {
    assertEquals("Tool with logging executed successfully", text(call("test_tool_with_logging")));
    List<String> messages = List.of(next(logs).data(), next(logs).data(), next(logs).data());
    assertEquals(List.of("Tool execution started", "Tool processing data",
        "Tool execution completed"), messages);

    client.setLoggingLevel(LoggingLevel.WARNING);
    call("test_tool_with_logging");
    client.setLoggingLevel(LoggingLevel.INFO);
    call("test_tool_with_logging");
    // Messages keep their order: any sent while at WARNING would come before these three.
    assertEquals("Tool execution started", next(logs).data());
    assertEquals("Tool processing data", next(logs).data());
    assertEquals("Tool execution completed", next(logs).data());
    assertNull(logs.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS));
  }

  @Test
  void aToolReportsProgressAgainstTheClientsToken() throws InterruptedException {
    CallToolResult result = client.callTool(CallToolRequest.builder()
        .name("test_tool_with_progress").arguments(Map.of()).progressToken("job-7").build());
    assertEquals("Progress reported in 3 steps", text(result));
    for (double step : new double[] {0, 50, 100}) {
      ProgressNotification notification = next(progress);
      assertEquals("job-7", notification.progressToken());
      assertEquals(step, notification.progress());
      assertEquals(100.0, notification.total());
      assertEquals("Completed step " + (int) step + " of 100", notification.message());
    }
  }

  @Test
  void aToolSamplesTheClientsModel() throws InterruptedException {
    CallToolResult result = call("test_sampling", Map.of("prompt", "What is 2+2?"));
    assertEquals("LLM response: You asked: What is 2+2?", text(result));
    CreateMessageRequest request = next(samplingRequests);
    assertEquals(100, request.maxTokens());
    assertEquals(Role.USER, request.messages().get(0).role());
  }

  @Test
  void aToolElicitsAFormAndReadsTheAnswer() throws InterruptedException {
    formAnswer.set(request ->
        new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("response", "blue")));
    CallToolResult result = call("test_elicitation", Map.of("message", "Favourite colour?"));
    assertEquals("User response: action=accept, content={\"response\":\"blue\"}", text(result));
    ElicitFormRequest request = next(formRequests);
    assertEquals("Favourite colour?", request.message());
    assertEquals(List.of("response"), request.requestedSchema().get("required"));
    assertEquals(Map.of("type", "string", "description", "User's response"),
        properties(request).get("response"));

    formAnswer.set(declined -> new ElicitResult(ElicitResult.Action.DECLINE, null));
    assertEquals("User response: action=decline, content={}",
        text(call("test_elicitation", Map.of("message", "Again?"))));
  }

  @Test
  void aFormOffersDefaultsForEveryPrimitiveType() throws InterruptedException {
    formAnswer.set(request -> new ElicitResult(ElicitResult.Action.ACCEPT, Map.of(
        "name", "Ada", "age", 36, "score", 99.5, "status", "pending", "verified", false)));
    CallToolResult result = call("test_elicitation_sep1034_defaults");
    assertEquals("Elicitation completed: action=accept, content={\"name\":\"Ada\",\"age\":36,"
        + "\"score\":99.5,\"status\":\"pending\",\"verified\":false}", text(result));
    Map<String, Map<String, Object>> properties = properties(next(formRequests));
    assertEquals("John Doe", properties.get("name").get("default"));
    assertEquals(30, properties.get("age").get("default"));
    assertEquals(95.5, properties.get("score").get("default"));
    assertEquals("active", properties.get("status").get("default"));
    assertEquals(List.of("active", "inactive", "pending"), properties.get("status").get("enum"));
    assertEquals(true, properties.get("verified").get("default"));
  }

  @Test
  void aFormOffersEveryKindOfEnum() throws InterruptedException {
    formAnswer.set(request -> new ElicitResult(ElicitResult.Action.ACCEPT, Map.of(
        "titledSingle", "value2", "titledMulti", List.of("value1", "value3"))));
    CallToolResult result = call("test_elicitation_sep1330_enums");
    assertEquals("Elicitation completed: action=accept, content={\"untitledSingle\":null,"
        + "\"titledSingle\":\"value2\",\"legacyEnum\":null,\"untitledMulti\":null,"
        + "\"titledMulti\":[\"value1\",\"value3\"]}", text(result));
    Map<String, Map<String, Object>> properties = properties(next(formRequests));
    assertEquals(List.of("option1", "option2", "option3"),
        properties.get("untitledSingle").get("enum"));
    assertEquals(Map.of("const", "value1", "title", "First Option"),
        ((List<?>) properties.get("titledSingle").get("oneOf")).get(0));
    assertEquals(List.of("Option One", "Option Two", "Option Three"),
        properties.get("legacyEnum").get("enumNames"));
    assertEquals(1, properties.get("untitledMulti").get("minItems"));
    assertEquals(3, properties.get("titledMulti").get("maxItems"));
  }

  @Test
  void aFormAnswerThatDoesNotFitTheFormFailsTheCall() {
    formAnswer.set(request ->
        new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("untitledSingle", "option9")));
    CallToolResult result = call("test_elicitation_sep1330_enums");
    assertTrue(result.isError());
    assertTrue(text(result).contains("untitledSingle"), text(result));
  }

  @Test
  void aToolSendsTheUserToAUrlAndSaysWhenItIsDone() throws InterruptedException {
    assertEquals("URL elicitation: action=accept", text(call("test_elicitation_url")));
    assertEquals("sign-in-1", next(completedElicitations));
  }

  @Test
  void aToolReadsTheClientsRoots() {
    assertEquals("Roots: file:///work/project, file:///tmp", text(call("test_roots")));
  }

  @Test
  void resourcesAndTemplatesAreListedAndRead() {
    Map<String, Resource> resources = new java.util.TreeMap<>();
    client.listResources().resources().forEach(resource -> resources.put(resource.uri(), resource));
    assertEquals(List.of("test://static-binary", "test://static-text", "test://watched-resource"),
        List.copyOf(resources.keySet()));
    assertEquals("Static Text Resource", resources.get("test://static-text").title());
    assertEquals("test://template/{id}/data",
        client.listResourceTemplates().resourceTemplates().get(0).uriTemplate());

    TextResourceContents text = assertInstanceOf(TextResourceContents.class,
        read("test://static-text"));
    assertEquals("This is the content of the static text resource.", text.text());
    BlobResourceContents blob = assertInstanceOf(BlobResourceContents.class,
        read("test://static-binary"));
    assertEquals("image/png", blob.mimeType());
    assertEquals(java.util.Base64.getEncoder().encodeToString(Media.PNG), blob.blob());
    TextResourceContents data = assertInstanceOf(TextResourceContents.class,
        read("test://template/a%20b/data"));
    assertEquals("{\"id\":\"a b\",\"templateTest\":true,\"data\":\"Data for ID: a b\"}",
        data.text());
  }

  @Test
  void anUnknownResourceIsErrorMinus32002() {
    McpError error = assertThrows(McpError.class, () -> read("test://nowhere"));
    assertEquals(-32002, error.getJsonRpcError().code());
  }

  @Test
  void subscribersHearOfUpdatesUntilTheyUnsubscribe() throws InterruptedException {
    client.subscribeResource(new SubscribeRequest("test://watched-resource"));
    call("test_update_watched_resource", Map.of("content", "first"));
    assertEquals("first", textOf(next(updates)));

    client.unsubscribeResource(new UnsubscribeRequest("test://watched-resource"));
    call("test_update_watched_resource", Map.of("content", "second"));
    client.subscribeResource(new SubscribeRequest("test://watched-resource"));
    call("test_update_watched_resource", Map.of("content", "third"));
    assertEquals("third", textOf(next(updates)));
    assertNull(updates.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS),
        "the update made while unsubscribed was announced");
  }

  @Test
  void enablingAndDisablingItemsChangesTheListsClientsSee() throws InterruptedException {
    call("test_toggle_tool", Map.of("enabled", false));
    assertFalse(toolsByName(next(toolLists)).containsKey("test_simple_text"));
    McpError unknown = assertThrows(McpError.class, () -> call("test_simple_text"));
    assertEquals(-32602, unknown.getJsonRpcError().code());
    call("test_toggle_tool", Map.of("enabled", true));
    assertTrue(toolsByName(next(toolLists)).containsKey("test_simple_text"));

    call("test_toggle_prompt", Map.of("enabled", false));
    assertFalse(next(promptLists).stream().anyMatch(p -> p.name().equals("test_simple_prompt")));
    call("test_toggle_prompt", Map.of("enabled", true));
    assertTrue(next(promptLists).stream().anyMatch(p -> p.name().equals("test_simple_prompt")));

    call("test_toggle_resource", Map.of("enabled", false));
    assertFalse(next(resourceLists).stream()
        .anyMatch(r -> r.uri().equals("test://static-binary")));
    assertEquals(-32002, assertThrows(McpError.class, () -> read("test://static-binary"))
        .getJsonRpcError().code());
    call("test_toggle_resource", Map.of("enabled", true));
    assertTrue(next(resourceLists).stream().anyMatch(r -> r.uri().equals("test://static-binary")));
  }

  @Test
  void promptsAreListedWithTheirArgumentsAndRendered() {
    Map<String, Prompt> prompts = new java.util.TreeMap<>();
    client.listPrompts().prompts().forEach(prompt -> prompts.put(prompt.name(), prompt));
    assertEquals(List.of("test_prompt_with_arguments", "test_prompt_with_embedded_resource",
        "test_prompt_with_image", "test_simple_prompt"), List.copyOf(prompts.keySet()));
    Prompt withArguments = prompts.get("test_prompt_with_arguments");
    assertEquals("Prompt With Arguments", withArguments.title());
    assertEquals("First test argument", withArguments.arguments().get(0).description());
    assertTrue(withArguments.arguments().get(0).required());

    assertEquals("This is a simple prompt for testing.",
        ((TextContent) prompt("test_simple_prompt", Map.of()).messages().get(0).content()).text());
    assertEquals("Prompt with arguments: arg1='x', arg2='y'", ((TextContent) prompt(
        "test_prompt_with_arguments", Map.of("arg1", "x", "arg2", "y")).messages().get(0)
        .content()).text());
    GetPromptResult embedded =
        prompt("test_prompt_with_embedded_resource", Map.of("resourceUri", "test://doc"));
    assertEquals("test://doc", ((TextResourceContents) ((EmbeddedResource) embedded.messages()
        .get(0).content()).resource()).uri());
    assertInstanceOf(ImageContent.class,
        prompt("test_prompt_with_image", Map.of()).messages().get(0).content());
  }

  @Test
  void aPromptWithoutARequiredArgumentIsInvalidParams() {
    McpError error = assertThrows(McpError.class,
        () -> prompt("test_prompt_with_arguments", Map.of("arg1", "x")));
    assertEquals(-32602, error.getJsonRpcError().code());
    assertTrue(error.getMessage().contains("arg2"), error.getMessage());
  }

  @Test
  void promptArgumentsAndTemplateVariablesComplete() {
    assertEquals(List.of("paris", "park", "party"), client.completeCompletion(new CompleteRequest(
        new PromptReference("test_prompt_with_arguments"), new CompleteArgument("arg1", "pa")))
        .completion().values());
    assertEquals(List.of("123", "124"), client.completeCompletion(new CompleteRequest(
        new ResourceReference("test://template/{id}/data"), new CompleteArgument("id", "12")))
        .completion().values());
  }

  private CreateMessageResult sample(CreateMessageRequest request) {
    samplingRequests.add(request);
    String prompt = ((TextContent) request.messages().get(0).content()).text();
    return CreateMessageResult.builder(Role.ASSISTANT, "You asked: " + prompt, "test-model")
        .build();
  }

  private ElicitResult openUrl(ElicitUrlRequest request) {
    assertEquals("https://example.com/sign-in", request.url());
    return new ElicitResult(ElicitResult.Action.ACCEPT, null);
  }

  private CallToolResult call(String tool) {
    return call(tool, Map.of());
  }

  private CallToolResult call(String tool, Map<String, Object> arguments) {
    return client.callTool(CallToolRequest.builder().name(tool).arguments(arguments).build());
  }

  private ResourceContents read(String uri) {
    return client.readResource(new ReadResourceRequest(uri)).contents().get(0);
  }

  private GetPromptResult prompt(String name, Map<String, Object> arguments) {
    return client.getPrompt(new GetPromptRequest(name, arguments));
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  private static String textOf(List<ResourceContents> contents) {
    return ((TextResourceContents) contents.get(0)).text();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> properties(ElicitFormRequest request) {
    return (Map<String, Map<String, Object>>) request.requestedSchema().get("properties");
  }

  private static Map<String, Tool> toolsByName(List<Tool> tools) {
    Map<String, Tool> byName = new java.util.TreeMap<>();
    tools.forEach(tool -> byName.put(tool.name(), tool));
    return byName;
  }

  private static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
    T item = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertNotNull(item, "nothing arrived within " + WAIT);
    return item;
  }
}
