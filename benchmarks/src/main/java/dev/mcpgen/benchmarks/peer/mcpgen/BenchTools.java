package dev.mcpgen.benchmarks.peer.mcpgen;

import dev.mcpgen.annotations.McpServer;
import dev.mcpgen.annotations.McpTool;

/** The benchmark's tools as an mcpgen server: what every peer serves. */
@McpServer(name = "bench", version = "0.1.0")
public class BenchTools {
  /**
   * Echoes a message.
   *
   * @param message the text to send back
   */
  @McpTool
  public String echo(String message) {
    return message;
  }

  /**
   * Adds two integers.
   *
   * @param a the first addend
   * @param b the second addend
   */
  @McpTool
  public String add(int a, int b) {
    return Long.toString((long) a + b);
  }
}
