package dev.mcpgen.testkit;

import static dev.mcpgen.testkit.McpAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs small test classes through JUnit and checks what the extension did to them. Those classes
 * are static nested ones, which the build's own test run skips.
 */
class McpExtensionTest {
  /** The clients the classes below received, to check after they ran. */
  static final List<McpTestClient> RECEIVED = new CopyOnWriteArrayList<>();

  @McpServerTest(Notes.class)
  static class MethodParameters {
    @Test
    void first(McpTestClient client) {
      RECEIVED.add(client);
      assertThat(client.callTool("add", Map.of("a", 1, "b", 1))).hasText("2");
    }

    @Test
    void second(McpTestClient client, McpTestClient another) {
      RECEIVED.add(client);
      RECEIVED.add(another);
      client.callTool("remember", Map.of("key", "k", "value", "v"));
      assertThat(another.callTool("recall", Map.of("key", "k"))).isError();
    }

    @Nested
    class Inner {
      @Test
      void inheritsTheServer(McpTestClient client) {
        RECEIVED.add(client);
        assertEquals("notes", client.initializeResult().at("/serverInfo/name").asString());
      }
    }
  }

  @McpServerTest(Notes.class)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class ConstructorParameter {
    private final McpTestClient client;

    ConstructorParameter(McpTestClient client) {
      this.client = client;
    }

    @Test
    void first() {
      RECEIVED.add(client);
    }

    @Test
    void second() {
      assertClosed(RECEIVED.get(0));
      RECEIVED.add(client);
    }
  }

  @McpServerTest(Notes.class)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class SharedInstance {
    private final McpTestClient shared;

    SharedInstance(McpTestClient shared) {
      this.shared = shared;
    }

    @Test
    void first(McpTestClient own) {
      RECEIVED.add(own);
      shared.listTools();
    }

    @Test
    void second() {
      // Still open: it belongs to the class, not to the first test.
      shared.listTools();
      RECEIVED.add(shared);
    }
  }

  @ExtendWith(McpExtension.class)
  static class NoServerNamed {
    @Test
    void needsAClient(McpTestClient client) {}
  }

  @Test
  void injectsANewClientIntoEachTestMethodAndClosesItAfterwards() {
    RECEIVED.clear();
    run(MethodParameters.class).assertStatistics(stats -> stats.succeeded(3).failed(0));

    assertEquals(4, RECEIVED.size());
    assertNotSame(RECEIVED.get(0), RECEIVED.get(1));
    RECEIVED.forEach(McpExtensionTest::assertClosed);
  }

  @Test
  void injectsIntoConstructorsOneClientPerTest() {
    RECEIVED.clear();
    run(ConstructorParameter.class).assertStatistics(stats -> stats.succeeded(2).failed(0));

    assertEquals(2, RECEIVED.size());
    assertNotSame(RECEIVED.get(0), RECEIVED.get(1));
    RECEIVED.forEach(McpExtensionTest::assertClosed);
  }

  @Test
  void keepsAClassWideClientOpenUntilTheClassIsDone() {
    RECEIVED.clear();
    run(SharedInstance.class).assertStatistics(stats -> stats.succeeded(2).failed(0));

    RECEIVED.forEach(McpExtensionTest::assertClosed);
  }

  @Test
  void saysWhichAnnotationIsMissing() {
    run(NoServerNamed.class).assertThatEvents().haveExactly(1, event(test("needsAClient"),
        finishedWithFailure(instanceOf(ParameterResolutionException.class), message(
            "Name the server to test: annotate " + NoServerNamed.class.getName()
                + " with @McpServerTest(YourServer.class)"))));
  }

  private static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
        .testEvents();
  }

  private static void assertClosed(McpTestClient client) {
    assertThrows(IllegalStateException.class, client::listTools);
  }
}
