/**
 * Annotations that turn a plain Java class into a Model Context Protocol server.
 *
 * <pre>{@code
 * @McpServer(version = "1.0.0")
 * public class Calculator {
 *   /** Adds two numbers. *\/
 *   @McpTool(readOnly = McpTool.Hint.TRUE)
 *   public int add(int a, int b) { return a + b; }
 * }
 * }</pre>
 *
 * <p>The {@code mcpgen-processor} annotation processor reads these annotations at compile time
 * and generates the server factory, the JSON Schemas and the dispatch code. Nothing here is read
 * at run time, so every annotation has {@code CLASS} retention.
 */
package dev.mcpgen.annotations;
