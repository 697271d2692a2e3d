package dev.mcpgen.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests {@linkplain #value() a server}: each test method (or the constructor) may declare an
 * {@link McpTestClient} parameter to receive a client of a new instance of that server, closed
 * after the test. Nested test classes inherit the server of the class around them.
 *
 * <pre>{@code
 * @McpServerTest(SimpleTools.class)
 * class SimpleToolsTest {
 *   @Test
 *   void addsNumbers(McpTestClient client) {
 *     assertThat(client.callTool("add", Map.of("a", 2, "b", 3))).hasText("5");
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(McpExtension.class)
public @interface McpServerTest {
  /** The server class: an {@code @McpServer} class compiled with the mcpgen processor. */
  Class<?> value();
}
