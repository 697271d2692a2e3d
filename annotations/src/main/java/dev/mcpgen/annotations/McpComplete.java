package dev.mcpgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Suggests values for one argument of a prompt, or one variable of a resource template, as the
 * user types ({@code completion/complete}). Declaring one gives the server the
 * {@code completions} capability.
 *
 * <pre>{@code
 * @McpComplete(prompt = "travel_plan", argument = "city")
 * public List<String> cities(String prefix) { ... }
 * }</pre>
 *
 * <p>Rules the processor enforces:
 * <ul>
 *   <li>Exactly one of {@link #prompt()} and {@link #resourceTemplate()} is set, and names a
 *       prompt or resource template of the same server; {@link #argument()} is one of its
 *       arguments or template variables; one method per (reference, argument).
 *   <li>The method is public and not static; its parameters are the {@code String} typed so far,
 *       and optionally a {@code Map<String, String>} of arguments already chosen and a
 *       {@code McpContext}.
 *   <li>It returns {@code List<String>} (the first 100 are sent, with the total) or the
 *       runtime's {@code Completion}.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface McpComplete {
  /** The name of the prompt whose argument this completes. */
  String prompt() default "";

  /** The URI template of the resource template whose variable this completes. */
  String resourceTemplate() default "";

  /** The argument or template variable completed. */
  String argument();
}
