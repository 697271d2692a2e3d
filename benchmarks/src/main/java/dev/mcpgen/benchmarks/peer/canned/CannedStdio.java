package dev.mcpgen.benchmarks.peer.canned;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The stdio ceiling: reads chunks of lines, answers each request with a canned response, flushes
 * once per chunk read. One thread, no parsing beyond finding the id.
 */
public final class CannedStdio {
  private CannedStdio() {}

  public static void main(String[] args) throws IOException {
    InputStream in = new FileInputStream(FileDescriptor.in);
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
    byte[] buffer = new byte[64 * 1024];
    int filled = 0;
    int n;
    while ((n = in.read(buffer, filled, buffer.length - filled)) >= 0) {
      filled += n;
      int start = 0;
      for (int i = 0; i < filled; i++) {
        if (buffer[i] == '\n') {
          answer(Arrays.copyOfRange(buffer, start, i), out);
          start = i + 1;
        }
      }
      // Keep the partial last line; grow when one line fills the buffer.
      System.arraycopy(buffer, start, buffer, 0, filled - start);
      filled -= start;
      if (filled == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      out.flush();
    }
    out.flush();
  }

  private static void answer(byte[] line, OutputStream out) throws IOException {
    byte[] prefix = Canned.prefixFor(line, line.length);
    if (prefix != null) {
      out.write(prefix);
      out.write(Canned.id(line, line.length).getBytes(StandardCharsets.US_ASCII));
      out.write('}');
      out.write('\n');
    }
  }
}
