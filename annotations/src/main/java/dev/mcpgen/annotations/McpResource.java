package dev.mcpgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a method as an MCP resource (a fixed {@link #uri()}) or resource template (an RFC 6570
 * URI template whose variables bind to the method's parameters).
 *
 * <p>Rules the processor enforces:
 * <ul>
 *   <li>The method is public and not static.
 *   <li>{@link #uri()} is a URI with a scheme, or an RFC 6570 level-1 template (simple
 *       {@code {variable}}s, each once, never two adjacent); each template variable names a
 *       {@code String} parameter of the method and each parameter (other than a
 *       {@code McpContext}) names a variable.
 *   <li>The method returns {@code String} (text) or {@code byte[]} (a base64 blob).
 *   <li>URIs are unique within the server.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface McpResource {
  /** The resource URI, or a URI template such as {@code notes://{id}}. */
  String uri();

  /** The resource name; by default the method name. */
  String name() default "";

  /** A human-readable title; none when empty. */
  String title() default "";

  /** What the resource holds; by default the method's Javadoc. */
  String description() default "";

  /** The MIME type of the content; none when empty. */
  String mimeType() default "";

  /** Icons a client may show for it. */
  McpIcon[] icons() default {};

  /**
   * Extra metadata, sent as {@code _meta}: a JSON object, e.g. {@code "{\"ui\": \"compact\"}"};
   * none when empty. Keys follow MCP's {@code _meta} naming rules (checked at compile time).
   */
  String meta() default "";
}
