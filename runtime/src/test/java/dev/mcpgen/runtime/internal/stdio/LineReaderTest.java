package dev.mcpgen.runtime.internal.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static LineReader reader(String text, int maxBytes) {
    return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        maxBytes);
  }

  private static String next(LineReader reader) throws IOException {
    byte[] line = reader.next();
    return line == null ? null : new String(line, StandardCharsets.UTF_8);
  }

  @Test
  void linesEndAtLineFeedsWithOrWithoutACarriageReturn() throws IOException {
    LineReader reader = reader("a\r\nb\n\nc", 100);
    assertEquals("a", next(reader));
    assertEquals("b", next(reader));
    assertEquals("", next(reader));
    assertEquals("c", next(reader));
    assertNull(next(reader));
    assertNull(next(reader));
  }

  @Test
  void linesLongerThanTheBufferArriveWhole() throws IOException {
    String longLine = "é".repeat(100_000);
    LineReader reader = reader(longLine + "\nnext\n", 1_000_000);
    assertEquals(longLine, next(reader));
    assertEquals("next", next(reader));
  }

  @Test
  void aLineOverTheLimitIsSkippedAndReadingGoesOn() throws IOException {
    LineReader reader = reader("1234\n" + "x".repeat(200_000) + "\n12345\nok", 5);
    assertEquals("1234", next(reader));
    assertThrows(LineReader.LineTooLongException.class, reader::next);
    assertEquals("12345", next(reader));
    assertEquals("ok", next(reader));
    assertNull(next(reader));
  }

  @Test
  void bytesTrickleInOneAtATime() throws IOException {
    byte[] bytes = "{\"a\":1}\n{}\n".getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new InputStream() {
      private int next;

      @Override
      public int read() {
        return next < bytes.length ? bytes[next++] : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (next >= bytes.length) {
          return -1;
        }
        buffer[offset] = bytes[next++];
        return 1;
      }
    };
    LineReader reader = new LineReader(trickle, 100);
    assertEquals("{\"a\":1}", next(reader));
    assertEquals("{}", next(reader));
    assertNull(next(reader));
  }
}
