package dev.mcpgen.runtime.internal.server;

import static dev.mcpgen.runtime.fixture.InMemoryClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.fixture.ContextServer;
import dev.mcpgen.runtime.fixture.InMemoryClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The {@code McpContext} of a call, end to end through a connection. */
class ContextFeaturesTest {
  private static final String ALL_CAPABILITIES =
      "{\"sampling\":{},\"elicitation\":{},\"roots\":{\"listChanged\":true}}";

  private final InMemoryClient client = new InMemoryClient(new ContextServer());

  private void call(int id, String tool, String params) {
    client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\","
        + "\"params\":{\"name\":\"" + tool + "\"" + (params == null ? "" : "," + params) + "}}");
  }

  /** Messages up to and including the answer to request {@code id}. */
  private List<JsonNode> untilAnswer(int id) {
    List<JsonNode> messages = new ArrayList<>();
    JsonNode message;
    do {
      message = client.next();
      messages.add(message);
    } while (!(message.has("id") && message.get("id").asInt() == id && !message.has("method")));
    return messages;
  }

  private static String text(JsonNode answer) {
    return answer.path("result").path("content").path(0).path("text").asString();
  }

  @Test
  void progressGoesToTheTokenTheRequestGave() {
    client.initialize("2025-11-25");
    call(5, "progress", "\"_meta\":{\"progressToken\":\"p-1\"}");
    List<JsonNode> messages = untilAnswer(5);
    assertEquals(4, messages.size(), messages.toString());
    for (int i = 0; i < 3; i++) {
      assertEquals(json("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":"
          + "{\"progressToken\":\"p-1\",\"progress\":" + (i * 50.0) + ",\"total\":100.0,"
          + "\"message\":\"step " + (i * 50) + "\"}}"), messages.get(i));
    }
    call(6, "progress", null);
    assertEquals(1, untilAnswer(6).size(), "no token, no progress");
  }

  @Test
  void logsHonourTheLevelTheClientSet() {
    client.initialize("2025-11-25");
    call(2, "logs", null);
    List<JsonNode> defaults = untilAnswer(2);
    assertEquals(9, defaults.size(), "info and above by default: " + defaults);
    assertEquals("info", defaults.get(0).path("params").path("level").asString());
    assertEquals(json("{\"level\":\"error\",\"logger\":\"db\",\"data\":{\"code\":7}}"),
        defaults.get(7).get("params"));

    assertEquals(json("{}"), client.request("logging/setLevel", "{\"level\":\"critical\"}")
        .get("result"));
    call(3, "logs", null);
    List<JsonNode> severe = untilAnswer(3);
    assertEquals(List.of("critical", "alert", "emergency"), severe.subList(0, 3).stream()
        .map(m -> m.path("params").path("level").asString()).toList());
    assertEquals(4, severe.size());

    JsonNode bad = client.request("logging/setLevel", "{\"level\":\"loud\"}");
    assertEquals(-32602, bad.path("error").path("code").asInt());
    assertTrue(bad.path("error").path("message").asString().contains("debug, info"));
  }

  @Test
  void samplingAsksTheClientAndUsesItsAnswer() {
    client.initialize("2025-11-25", ALL_CAPABILITIES);
    call(7, "sample", "\"arguments\":{\"prompt\":\"Say hi\"}");
    JsonNode request = client.next();
    assertEquals("sampling/createMessage", request.get("method").asString());
    assertEquals(json("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\","
        + "\"text\":\"Say hi\"}}],\"maxTokens\":50}"), request.get("params"));
    client.respond(request, "{\"role\":\"assistant\",\"content\":{\"type\":\"text\","
        + "\"text\":\"hi!\"},\"model\":\"m\",\"stopReason\":\"endTurn\"}");
    assertEquals("model said: hi!", text(client.next()));
  }

  @Test
  void aClientWithoutTheCapabilityIsNotAsked() {
    client.initialize("2025-11-25");
    call(7, "sample", null);
    JsonNode answer = client.next();
    assertTrue(answer.path("result").path("isError").asBoolean(), answer.toString());
    assertEquals("The client cannot sample its model: it did not declare the 'sampling' "
        + "capability", text(answer));
  }

  @Test
  void aClientErrorBecomesAToolError() {
    client.initialize("2025-11-25", ALL_CAPABILITIES);
    call(7, "sample", null);
    JsonNode request = client.next();
    client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id")
        + ",\"error\":{\"code\":-1,\"message\":\"User rejected sampling\"}}");
    JsonNode answer = client.next();
    assertTrue(answer.path("result").path("isError").asBoolean());
    assertEquals("The client refused: User rejected sampling", text(answer));
  }

  @Test
  void elicitationSendsTheFormSchemaAndBindsTheAnswer() {
    client.initialize("2025-11-25", ALL_CAPABILITIES);
    call(8, "elicit", null);
    JsonNode request = client.next();
    assertEquals("elicitation/create", request.get("method").asString());
    assertEquals("form", request.path("params").path("mode").asString());
    assertEquals("Who?", request.path("params").path("message").asString());
    assertEquals("Ann", request.path("params").path("requestedSchema").path("properties")
        .path("name").path("default").asString());
    client.respond(request, "{\"action\":\"accept\",\"content\":{\"name\":\"Bo\",\"age\":4}}");
    assertEquals("ACCEPT Contact[name=Bo, age=4]", text(client.next()));

    call(9, "elicit", null);
    client.respond(client.next(), "{\"action\":\"decline\"}");
    assertEquals("DECLINE null", text(client.next()));
  }

  @Test
  void anAnswerThatDoesNotFitTheFormIsAToolError() {
    client.initialize("2025-11-25", ALL_CAPABILITIES);
    call(8, "elicit", null);
    client.respond(client.next(), "{\"action\":\"accept\",\"content\":{\"name\":\"Bo\","
        + "\"age\":-1}}");
    String text = text(client.next());
    assertTrue(text.startsWith("The user's answer does not fit the form: /age"), text);
  }

  @Test
  void olderClientsGetFormsWithoutAMode() {
    client.initialize("2025-06-18", ALL_CAPABILITIES);
    call(8, "elicit", null);
    JsonNode request = client.next();
    assertFalse(request.path("params").has("mode"), request.toString());
    client.respond(request, "{\"action\":\"cancel\"}");
    assertEquals("CANCEL null", text(client.next()));
  }

  @Test
  void urlElicitationAsksForConsentAndTellsWhenTheInteractionIsDone() {
    client.initialize("2025-11-25", "{\"elicitation\":{\"form\":{},\"url\":{}}}");
    call(10, "open_url", null);
    JsonNode request = client.next();
    assertEquals(json("{\"mode\":\"url\",\"message\":\"Sign in, please\","
        + "\"url\":\"https://example.com/login\",\"elicitationId\":\"e-1\"}"),
        request.get("params"));
    client.respond(request, "{\"action\":\"accept\"}");
    List<JsonNode> messages = untilAnswer(10);
    assertEquals(json("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/elicitation/complete\","
        + "\"params\":{\"elicitationId\":\"e-1\"}}"), messages.get(0));
    assertEquals("ACCEPT", text(messages.get(1)));
  }

  @Test
  void urlElicitationNeedsTheClientsUrlCapability() {
    client.initialize("2025-11-25", ALL_CAPABILITIES);
    call(10, "open_url", null);
    assertEquals("The client cannot ask its user to open a URL: it did not declare the "
        + "'elicitation.url' capability", text(client.next()));
  }

  @Test
  void rootsAreListedByTheClient() {
    client.initialize("2025-11-25", ALL_CAPABILITIES);
    call(4, "roots", null);
    JsonNode request = client.next();
    assertEquals("roots/list", request.get("method").asString());
    client.respond(request, "{\"roots\":[{\"uri\":\"file:///a\",\"name\":\"A\"},"
        + "{\"uri\":\"file:///b\"}]}");
    assertEquals("file:///a,file:///b", text(client.next()));
  }

  @Test
  void aClientThatNeverAnswersTimesOutAndIsToldSo() {
    InMemoryClient impatient = new InMemoryClient(new ContextServer(),
        Settings.defaults().withClientRequestTimeout(Duration.ofMillis(200)));
    impatient.initialize("2025-11-25", ALL_CAPABILITIES);
    impatient.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
        + "\"params\":{\"name\":\"roots\"}}");
    JsonNode request = impatient.next();
    JsonNode cancelled = impatient.next();
    assertEquals("notifications/cancelled", cancelled.get("method").asString());
    assertEquals(request.get("id"), cancelled.path("params").get("requestId"));
    JsonNode answer = impatient.next();
    assertEquals("The client did not answer roots/list within 0 s", text(answer));
    // A late answer is ignored, and the connection goes on.
    impatient.respond(request, "{\"roots\":[]}");
    assertEquals(json("{}"), impatient.request("ping", null).get("result"));
  }

  @Test
  void aCancelledCallSeesItAndIsNotAnswered() throws InterruptedException {
    client.initialize("2025-11-25");
    call(11, "wait_for_cancel", null);
    client.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
        + "\"params\":{\"requestId\":11,\"reason\":\"user\"}}");
    // The call waits 30 s unless it sees the cancellation.
    assertTrue(client.awaitIdle(Duration.ofSeconds(10)), "the call saw it was cancelled");
    assertTrue(client.quietFor(100), "a cancelled request gets no answer");
    assertEquals(json("{}"), client.request("ping", null).get("result"));
  }

  @Test
  void subscribersHearOfUpdatesUntilTheyUnsubscribe() throws InterruptedException {
    client.initialize("2025-11-25");
    assertEquals(json("{}"), client.request("resources/subscribe",
        "{\"uri\":\"test://watched\"}").get("result"));
    call(12, "touch", null);
    List<JsonNode> messages = untilAnswer(12);
    assertEquals(json("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
        + "\"params\":{\"uri\":\"test://watched\"}}"), messages.get(0));
    assertEquals(json("{}"), client.request("resources/unsubscribe",
        "{\"uri\":\"test://watched\"}").get("result"));
    call(13, "touch", null);
    assertEquals(1, untilAnswer(13).size());
    assertTrue(client.quietFor(50));
  }

  @Test
  void hidingAToolChangesTheListAndTellsTheClient() {
    client.initialize("2025-11-25", ALL_CAPABILITIES);
    call(14, "hide", null);
    List<JsonNode> messages = untilAnswer(14);
    assertEquals("notifications/tools/list_changed", messages.get(0).get("method").asString());
    List<String> names = new ArrayList<>();
    client.request("tools/list", null).path("result").path("tools")
        .forEach(tool -> names.add(tool.get("name").asString()));
    assertFalse(names.contains("roots"), names.toString());
    assertEquals(-32602, client.call("roots", null).path("error").path("code").asInt());

    call(15, "show", null);
    assertEquals("notifications/tools/list_changed",
        untilAnswer(15).get(0).get("method").asString());
    assertEquals(13, client.request("tools/list", null).path("result").path("tools").size());
  }

  @Test
  void aHiddenResourceIsNeitherListedNorRead() {
    client.initialize("2025-11-25");
    assertEquals(1, client.request("resources/list", null).path("result").path("resources")
        .size());
    call(16, "hide_watched", null);
    assertEquals("notifications/resources/list_changed",
        untilAnswer(16).get(0).get("method").asString());
    assertEquals(0, client.request("resources/list", null).path("result").path("resources")
        .size());
    JsonNode read = client.request("resources/read", "{\"uri\":\"test://watched\"}");
    assertEquals(-32002, read.path("error").path("code").asInt(), read.toString());
  }

  @Test
  void completionsSuggestValuesForKnownArguments() {
    JsonNode capabilities = client.initialize("2025-11-25").get("capabilities");
    assertEquals(json("{}"), capabilities.get("completions"));
    JsonNode result = client.request("completion/complete", "{\"ref\":{\"type\":\"ref/prompt\","
        + "\"name\":\"greet\"},\"argument\":{\"name\":\"city\",\"value\":\"par\"}}");
    assertEquals(json("{\"completion\":{\"values\":[\"Paris\",\"Parma\"],\"total\":2,"
        + "\"hasMore\":false}}"), result.get("result"));
    JsonNode nothing = client.request("completion/complete", "{\"ref\":{\"type\":\"ref/prompt\","
        + "\"name\":\"greet\"},\"argument\":{\"name\":\"other\",\"value\":\"\"}}");
    assertEquals(json("{\"values\":[],\"total\":0,\"hasMore\":false}"),
        nothing.path("result").get("completion"));
    JsonNode unknown = client.request("completion/complete", "{\"ref\":{\"type\":\"ref/prompt\","
        + "\"name\":\"nope\"},\"argument\":{\"name\":\"city\",\"value\":\"\"}}");
    assertEquals("Unknown prompt: nope", unknown.path("error").path("message").asString());
  }

  @Test
  void embeddedResourcesAndLinksKeepTheirFields() {
    client.initialize("2025-11-25");
    assertEquals(json("[{\"type\":\"resource\",\"resource\":{\"uri\":\"test://e\","
        + "\"mimeType\":\"text/plain\",\"text\":\"embedded\"}},{\"type\":\"resource_link\","
        + "\"uri\":\"test://l\",\"name\":\"linked\",\"title\":\"Linked\",\"description\":"
        + "\"a link\",\"mimeType\":\"text/plain\",\"size\":12}]").toString(),
        client.call("content", null).path("result").get("content").toString());
  }
}
