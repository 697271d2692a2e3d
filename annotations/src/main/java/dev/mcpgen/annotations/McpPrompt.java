package dev.mcpgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a method as an MCP prompt. Its parameters are the prompt's arguments; it returns a
 * {@code String}, a message, a list of messages or a full prompt result.
 *
 * <p>Rules the processor enforces:
 * <ul>
 *   <li>The method is public and not static.
 *   <li>{@link #name()} matches {@code [A-Za-z0-9_.-]{1,128}} and is unique within the server.
 *   <li>Arguments are strings (prompt arguments are strings in MCP): {@code String} parameters
 *       are required, {@code Optional<String>} and {@code @Nullable String} ones are not; their
 *       descriptions come from the method's {@code @param} tags. A {@code McpContext} parameter
 *       is no argument.
 *   <li>The method returns {@code String} (one user message), {@code PromptMessage},
 *       {@code List<PromptMessage>} or {@code GetPromptResult}.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface McpPrompt {
  /** The prompt name; by default the method name. */
  String name() default "";

  /** A human-readable title; none when empty. */
  String title() default "";

  /** What the prompt is for; by default the method's Javadoc. */
  String description() default "";

  /** Icons a client may show for it. */
  McpIcon[] icons() default {};

  /**
   * Extra metadata, sent as {@code _meta}: a JSON object, e.g. {@code "{\"ui\": \"compact\"}"};
   * none when empty. Keys follow MCP's {@code _meta} naming rules (checked at compile time).
   */
  String meta() default "";
}
