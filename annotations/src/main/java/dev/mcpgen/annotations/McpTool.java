package dev.mcpgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a method as an MCP tool. Its parameters become the tool's input schema, its return
 * value the tool result.
 *
 * <p>Rules the processor enforces:
 * <ul>
 *   <li>The method is public, not static, and not generic (compile error otherwise).
 *   <li>{@link #name()} matches {@code [A-Za-z0-9_.-]{1,128}} and is unique within the server.
 *   <li>Every parameter type has a JSON Schema: primitives and their boxes, {@code String},
 *       {@code char}, {@code BigDecimal}, {@code BigInteger}, enums, arrays, collections,
 *       {@code Map<String, V>}, {@code Optional}, records, Jackson-style beans, {@code java.time}
 *       types, {@code UUID} and {@code URI}. Map keys must be {@code String}; type variables and
 *       wildcards must resolve to a concrete type.
 *   <li>A parameter of type {@code dev.mcpgen.runtime.McpContext} is supplied by the runtime and
 *       does not appear in the schema.
 *   <li>Each of {@link #scopes()} is an OAuth scope token: non-empty, printable ASCII, no space,
 *       {@code "} or {@code \}.
 * </ul>
 *
 * <p>Return values: a {@code String} becomes text content; a record or bean becomes
 * {@code structuredContent} with an {@code outputSchema}; the runtime's {@code CallToolResult}
 * and {@code Content} pass through; {@code void} is an empty success. Throw
 * {@code dev.mcpgen.runtime.ToolException} to send the model an error it can act on.
 *
 * <p>The description defaults to the method's Javadoc.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface McpTool {
  /** The tool name; by default the method name. */
  String name() default "";

  /** A human-readable title; none when empty. */
  String title() default "";

  /** What the tool does, for the model; by default the method's Javadoc. */
  String description() default "";

  /** The tool does not modify its environment. */
  Hint readOnly() default Hint.UNSET;

  /** The tool may perform destructive updates (meaningful only when not read-only). */
  Hint destructive() default Hint.UNSET;

  /** Calling the tool again with the same arguments has no additional effect. */
  Hint idempotent() default Hint.UNSET;

  /** The tool interacts with an open world of external entities. */
  Hint openWorld() default Hint.UNSET;

  /**
   * The OAuth scopes a caller needs to use this tool, e.g. {@code {"notes:write"}}; none by
   * default. On a host that authorizes with OAuth tokens, a caller lacking one does not see the
   * tool in {@code tools/list} and is refused by {@code tools/call}; the host lists every scope
   * in its protected resource metadata. Callers authenticated otherwise (API keys, stdio) are
   * not limited by scopes.
   */
  String[] scopes() default {};

  /**
   * A tool annotation hint. Hints left {@link #UNSET} are not published, so clients apply the
   * protocol's defaults.
   */
  enum Hint {
    UNSET,
    TRUE,
    FALSE
  }

  /** Icons a client may show for it. */
  McpIcon[] icons() default {};

  /**
   * Extra metadata, sent as {@code _meta}: a JSON object, e.g. {@code "{\"ui\": \"compact\"}"};
   * none when empty. Keys follow MCP's {@code _meta} naming rules (checked at compile time).
   */
  String meta() default "";

  /**
   * Whether a client may run the tool as a task (MCP 2025-11-25 tasks, experimental): call it,
   * get a task id at once, and poll for the result.
   */
  TaskSupport taskSupport() default TaskSupport.FORBIDDEN;

  /** Whether the tool may, or must, run as a task. */
  enum TaskSupport {
    /** Never as a task (the default). */
    FORBIDDEN,
    /** As a task when the client asks, else as a plain call. */
    OPTIONAL,
    /** Only as a task. */
    REQUIRED
  }
}
