package dev.mcpgen.testkit;

import static dev.mcpgen.testkit.McpAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpgen.runtime.internal.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

class AssertionsTest {
  private static final ToolResult FIVE =
      result("{\"content\":[{\"type\":\"text\",\"text\":\"5\"}]}");
  private static final ToolResult FAILED = result(
      "{\"content\":[{\"type\":\"text\",\"text\":\"Invalid arguments: /a: expected integer\"}],"
          + "\"isError\":true}");
  private static final ToolResult STATS = result(
      "{\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\",\"text\":\"b\"}],"
          + "\"structuredContent\":{\"count\":4,\"mean\":3.0}}");

  @Test
  void passingAssertionsChain() {
    assertThat(FIVE).isNotError().hasText("5").textContains("5");
    assertThat(FAILED).isError().textContains("/a");
    assertThat(STATS).hasText("a\nb").hasStructuredContent("{\"mean\":3,\"count\":4.0}");
  }

  @Test
  void errorExpectationsFailOnTheOtherKindOfResult() {
    AssertionFailedError e = fails(() -> assertThat(FIVE).isError());
    assertEquals("Expected an error result but the tool answered "
        + "{\"content\":[{\"type\":\"text\",\"text\":\"5\"}]}", e.getMessage());
    fails(() -> assertThat(FAILED).isNotError());
  }

  @Test
  void textExpectationsShowExpectedAndActualText() {
    AssertionFailedError e = fails(() -> assertThat(FIVE).hasText("6"));
    assertEquals("6", e.getExpected().getValue());
    assertEquals("5", e.getActual().getValue());
    fails(() -> assertThat(FAILED).textContains("/b"));
  }

  @Test
  void structuredContentMustMatchWholly() {
    fails(() -> assertThat(STATS).hasStructuredContent("{\"count\":4}"));
    fails(() -> assertThat(STATS).hasStructuredContent("{\"count\":4,\"mean\":3.5}"));
    fails(() -> assertThat(FIVE).hasStructuredContent("{}"));
  }

  @Test
  void expectationsThatAreNotJsonAreTheTestsMistake() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> assertThat(STATS).hasStructuredContent("{count:4}"));
    assertTrue(e.getMessage().startsWith("The expected value is not JSON"), e.getMessage());
  }

  @Test
  void notificationExpectationsNameWhatWasMissing() {
    List<Notification> received = List.of(new Notification("notifications/progress",
        Json.MAPPER.readTree("{\"progressToken\":1,\"progress\":50}")));

    assertThat(received).hasSize(1).contains("notifications/progress")
        .contains("notifications/progress", "{\"progress\":50.0,\"progressToken\":1}")
        .doesNotContain("notifications/message");

    AssertionFailedError e = fails(() -> assertThat(received).contains("notifications/message"));
    assertTrue(e.getMessage().startsWith("Expected a notification notifications/message but got "
        + "[Notification[method=notifications/progress"), e.getMessage());
    fails(() -> assertThat(received).contains("notifications/progress", "{\"progress\":51}"));
    fails(() -> assertThat(received).isEmpty());
    fails(() -> assertThat(received).doesNotContain("notifications/progress"));
  }

  private static AssertionFailedError fails(Executable assertion) {
    return assertThrows(AssertionFailedError.class, assertion);
  }

  private static ToolResult result(String json) {
    return new ToolResult(Json.MAPPER.readTree(json));
  }
}
