package dev.mcpgen.runtime.internal.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class JsonRpcConnectionTest {
  private final BlockingQueue<JsonNode> sent = new LinkedBlockingQueue<>();
  private final List<String> notifications = new CopyOnWriteArrayList<>();
  private final JsonRpcConnection connection = new JsonRpcConnection(sent::add, new TestHandler());

  /** echo answers its params, later answers from another thread, the rest misbehave. */
  private final class TestHandler implements JsonRpcHandler {
    @Override
    public void onRequest(JsonRpcRequest request, Reply reply) {
      switch (request.method()) {
        case "echo" -> reply.result(request.params());
        case "later" -> new Thread(() -> reply.result(request.params())).start();
        case "twice" -> {
          reply.result(request.params());
          reply.error(JsonRpcError.internalError("second"));
        }
        case "boom" -> throw new IllegalStateException("secret detail");
        case "cancelled" -> reply.abandon();
        default -> throw JsonRpcError.methodNotFound(request.method());
      }
    }

    @Override
    public void onNotification(JsonRpcRequest notification) {
      notifications.add(notification.method());
    }
  }

  private void send(String json) {
    connection.receive(json.getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode next() {
    try {
      JsonNode message = sent.poll(30, TimeUnit.SECONDS);
      assertNotNull(message, "an answer");
      return message;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private JsonNode exchange(String json) {
    send(json);
    return next();
  }

  private static void assertError(int code, JsonNode expectedId, JsonNode response) {
    assertEquals("2.0", response.get("jsonrpc").stringValue());
    assertEquals(expectedId, response.get("id"), response.toString());
    assertEquals(code, response.get("error").get("code").intValue(), response.toString());
    assertFalse(response.has("result"));
  }

  private static JsonNode json(String json) {
    return Json.MAPPER.readTree(json);
  }

  /** Proves the connection still serves after bad input. */
  private void assertStillServing() {
    assertEquals(json("{\"ok\":1}"),
        exchange("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"echo\",\"params\":{\"ok\":1}}")
            .get("result"));
  }

  @Test
  void aRequestIsAnsweredWithItsResult() {
    JsonNode response =
        exchange("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":{\"a\":[1]}}");
    assertEquals(json("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"a\":[1]}}"), response);
  }

  @Test
  void malformedJsonIsAParseErrorWithANullId() {
    JsonNode response = exchange("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
    assertError(-32700, json("null"), response);
    assertTrue(response.get("error").get("message").stringValue().startsWith("Parse error: "));
    assertStillServing();
  }

  @Test
  void trailingGarbageIsAParseError() {
    assertError(-32700, json("null"), exchange("{\"jsonrpc\":\"2.0\",\"method\":\"echo\"} x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "\"echo\"", "true", "null"})
  void aMessageThatIsNotAnObjectIsAnInvalidRequest(String message) {
    assertError(-32600, json("null"), exchange(message));
  }

  @Test
  void aWrongJsonrpcVersionIsAnInvalidRequestAnsweredToItsId() {
    assertError(-32600, json("5"), exchange("{\"jsonrpc\":\"1.0\",\"id\":5,\"method\":\"echo\"}"));
    assertError(-32600, json("6"), exchange("{\"id\":6,\"method\":\"echo\"}"));
  }

  @Test
  void aMissingMethodIsAnInvalidRequest() {
    JsonNode response = exchange("{\"jsonrpc\":\"2.0\",\"id\":\"a\"}");
    assertError(-32600, json("\"a\""), response);
    assertTrue(response.get("error").get("message").stringValue().contains("method"));
  }

  @Test
  void aMethodThatIsNotAStringIsAnInvalidRequest() {
    assertError(-32600, json("1"), exchange("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "{}", "[1]", "null", "1e400"})
  void anIdThatIsNeitherStringNorNumberIsAnInvalidRequestWithANullId(String id) {
    assertError(-32600, json("null"),
        exchange("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"echo\"}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "\"x\"", "3", "true"})
  void paramsThatAreNotAnObjectAreAnInvalidRequest(String params) {
    assertError(-32600, json("2"),
        exchange("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"echo\",\"params\":" + params + "}"));
  }

  @Test
  void nullParamsAreNoParams() {
    assertEquals(json("{}"),
        exchange("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"echo\",\"params\":null}")
            .get("result"));
  }

  @Test
  void anUnknownMethodIsMethodNotFound() {
    JsonNode response = exchange("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"nope\"}");
    assertError(-32601, json("3"), response);
    assertEquals("Method not found: nope", response.get("error").get("message").stringValue());
  }

  @Test
  void aHandlerThatBreaksIsAnsweredWithAnInternalErrorThatRevealsNothing() {
    JsonNode response = exchange("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"boom\"}");
    assertError(-32603, json("4"), response);
    assertFalse(response.toString().contains("secret"), response.toString());
    assertFalse(response.toString().contains("Exception"), response.toString());
    assertStillServing();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"abc\"", "\"\"", "\"1\"", "7", "0", "-3", "12345678901234567890",
      "1.5"})
  void idsAreEchoedExactly(String id) {
    send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"echo\"}");
    String written = new String(JsonRpcCodec.encode(next()), StandardCharsets.UTF_8);
    assertTrue(written.contains("\"id\":" + id + ","), written);
  }

  @Test
  void errorsAreAnsweredToTheirRequestsIdExactly() {
    send("{\"jsonrpc\":\"2.0\",\"id\":\"x-1\",\"method\":\"nope\"}");
    assertError(-32601, json("\"x-1\""), next());
  }

  @Test
  void anAnswerMayComeFromAnotherThread() {
    assertEquals(json("{\"n\":1}"),
        exchange("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"later\",\"params\":{\"n\":1}}")
            .get("result"));
  }

  @Test
  void aSecondAnswerToTheSameRequestIsDropped() {
    assertTrue(exchange("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"twice\"}").has("result"));
    assertStillServing();
    assertTrue(sent.isEmpty());
  }

  @Test
  void notificationsAreHandledButNeverAnswered() {
    send("{\"jsonrpc\":\"2.0\",\"method\":\"something/happened\"}");
    send("{\"jsonrpc\":\"2.0\",\"method\":\"nope\"}");
    assertStillServing();
    assertEquals(List.of("something/happened", "nope"), notifications);
  }

  @Test
  void responsesFromTheClientAreNotAnswered() {
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}");
    send("{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":1,\"message\":\"no\"}}");
    assertStillServing();
  }

  @Test
  void anEmptyBatchIsAnInvalidRequest() {
    JsonNode response = exchange("[]");
    assertFalse(response.isArray());
    assertError(-32600, json("null"), response);
  }

  @Test
  void aBatchIsAnsweredWithOneArrayHoldingAnAnswerForEveryRequest() {
    JsonNode responses =
        exchange("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":{\"n\":1}},"
            + "{\"jsonrpc\":\"2.0\",\"method\":\"note\"},"
            + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"later\",\"params\":{\"n\":2}},"
            + "1,"
            + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"nope\"}]");
    assertTrue(responses.isArray(), responses.toString());
    assertEquals(4, responses.size(), responses.toString());
    assertTrue(responses.toString().contains("\"id\":1,\"result\":{\"n\":1}"));
    assertTrue(responses.toString().contains("\"id\":2,\"result\":{\"n\":2}"));
    assertTrue(responses.toString().contains("\"id\":null,\"error\":{\"code\":-32600"));
    assertTrue(responses.toString().contains("\"id\":3,\"error\":{\"code\":-32601"));
    assertEquals(List.of("note"), notifications);
  }

  @Test
  void aCancelledRequestIsNotAnswered() {
    send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"cancelled\"}");
    assertStillServing();
    assertTrue(sent.isEmpty(), sent.toString());
  }

  @Test
  void aBatchLeavesOutTheRequestsThatWereCancelled() {
    JsonNode responses =
        exchange("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"cancelled\"},"
            + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"echo\",\"params\":{\"n\":2}}]");
    assertEquals(json("[{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"n\":2}}]"), responses);
  }

  @Test
  void aSinkThatMustEndItsExchangeGetsTheCancelledAnswersOfAWholeBatch() {
    List<JsonNode> ends = new CopyOnWriteArrayList<>();
    MessageSink exchange = new MessageSink() {
      @Override
      public void send(JsonNode message) {
        sent.add(message);
      }

      @Override
      public void cancelled(JsonNode cancelledAnswer) {
        ends.add(cancelledAnswer);
      }
    };
    connection.receive(json("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"cancelled\"},"
        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"cancelled\"}]"), exchange);
    assertTrue(sent.isEmpty(), sent.toString());
    assertEquals(List.of(json("[{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32800,"
        + "\"message\":\"Request cancelled\"}},{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":"
        + "{\"code\":-32800,\"message\":\"Request cancelled\"}}]")), ends);
  }

  @Test
  void aBatchOfNotificationsIsNotAnswered() {
    send("[{\"jsonrpc\":\"2.0\",\"method\":\"a\"},{\"jsonrpc\":\"2.0\",\"method\":\"b\"}]");
    assertStillServing();
    assertEquals(List.of("a", "b"), notifications);
  }

  @Test
  void deeplyNestedJsonIsAParseErrorAndTheConnectionKeepsServing() {
    JsonNode response = exchange("[".repeat(100_000));
    assertError(-32700, json("null"), response);
    assertTrue(response.get("error").get("message").stringValue().contains("nesting depth"),
        response.toString());
    assertStillServing();
  }

  @Test
  void nestingWithinTheLimitIsFine() {
    String nested = "[".repeat(150) + "]".repeat(150);
    JsonNode response =
        exchange("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":{\"a\":"
            + nested + "}}");
    assertTrue(response.has("result"), response.toString());
  }

  @Test
  void aHugeStringIsAParseErrorAndTheConnectionKeepsServing() {
    String huge = "x".repeat(JsonRpcCodec.MAX_STRING_LENGTH + 1);
    JsonNode response =
        exchange("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":{\"s\":\""
            + huge + "\"}}");
    assertError(-32700, json("null"), response);
    assertTrue(response.get("error").get("message").stringValue().contains("String value length"),
        response.toString());
    assertStillServing();
  }

  @Test
  void blankFramesAreIgnored() {
    send("");
    send("  \t ");
    assertStillServing();
    assertTrue(sent.isEmpty());
  }

  @Test
  void messagesAreWrittenAsCompactJsonOnOneLine() {
    byte[] bytes =
        JsonRpcCodec.encode(json("{ \"a\" : \"line\\nbreak\\r\\u2028\", \"b\" : [ 1 ] }"));
    String written = new String(bytes, StandardCharsets.UTF_8);
    assertEquals("{\"a\":\"line\\nbreak\\r\u2028\",\"b\":[1]}", written);
    assertFalse(written.contains("\n"));
  }

  @Test
  void aSinkSendsNotifications() {
    MessageSink sink = sent::add;
    sink.sendNotification("notifications/tools/list_changed", null);
    assertEquals(json("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\"}"),
        next());
  }
}
