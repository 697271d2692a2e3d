package dev.mcpgen.runtime.internal.launch;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Keeps standard input and output for the protocol. Anything else printed to standard output
 * would corrupt the stream of messages (the most common bug of stdio MCP servers), and anything
 * else reading standard input would steal messages, so before any user code can run
 * {@code System.out} is pointed at standard error and {@code System.in} at an empty stream.
 */
public final class StdioGuard {
  private StdioGuard() {}

  /**
   * The process's real standard streams, for the protocol alone.
   *
   * @param in standard input
   * @param out standard output, unbuffered
   */
  public record Streams(InputStream in, OutputStream out) {}

  /** Redirects {@code System.out} and {@code System.in}; returns the real streams. */
  public static Streams claim() {
    System.out.flush();
    System.setOut(System.err);
    System.setIn(InputStream.nullInputStream());
    return new Streams(new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out));
  }
}
