package dev.mcpgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an MCP server. Its {@link McpTool}, {@link McpResource} and {@link McpPrompt}
 * methods become the server's features.
 *
 * <p>Rules the processor enforces (each is a compile error on the class):
 * <ul>
 *   <li>The class is a public, non-abstract top-level or static nested class.
 *   <li>It has a public constructor taking nothing, a {@code dev.mcpgen.runtime.UserContext},
 *       a {@code dev.mcpgen.runtime.ServerControl}, or both in either order: the runtime creates
 *       one instance per user. When several qualify, the one taking the most is used.
 *   <li>{@link #name()} matches {@code [A-Za-z0-9_.-]{1,128}} and is unique on the class path.
 * </ul>
 * A class with {@code @McpTool} methods but no {@code @McpServer} is a server named after the class.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface McpServer {
  /** The server name clients see; by default the class's simple name in kebab-case. */
  String name() default "";

  /** The server version reported in {@code serverInfo}. */
  String version() default "0.1.0";

  /** A human-readable title; none when empty. */
  String title() default "";

  /** Instructions sent to clients at initialization; by default the class's Javadoc. */
  String instructions() default "";

  /** Icons a client may show for it. */
  McpIcon[] icons() default {};

  /** The server's web site; none when empty. */
  String websiteUrl() default "";
}
