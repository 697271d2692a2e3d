package dev.mcpgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An icon of a server, tool, resource or prompt, given in their {@code icons} attribute:
 * {@code @McpTool(icons = @McpIcon(src = "https://example.com/t.png", mimeType = "image/png"))}.
 *
 * <p>Rules the processor enforces: {@link #src()} is an {@code https:} or {@code data:} URI;
 * {@link #theme()} is empty, {@code light} or {@code dark}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface McpIcon {
  /** The image's URI: {@code https:} or {@code data:}. */
  String src();

  /** Its MIME type; none when empty. */
  String mimeType() default "";

  /** Sizes it suits, e.g. {@code "48x48"} or {@code "any"}. */
  String[] sizes() default {};

  /** {@code light} or {@code dark}; any theme when empty. */
  String theme() default "";
}
