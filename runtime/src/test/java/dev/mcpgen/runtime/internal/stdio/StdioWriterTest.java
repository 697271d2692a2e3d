package dev.mcpgen.runtime.internal.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class StdioWriterTest {
  /** What reached the stream under the writer's buffer, that is, what was flushed. */
  private final ByteArrayOutputStream flushed = new ByteArrayOutputStream();
  private final Thread reader = new Thread(() -> { });

  private StdioWriter writer(IntSupplier runningCalls) {
    return StdioWriter.start(flushed, reader, runningCalls);
  }

  private static ObjectNode message(int id) {
    return JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0").put("id", id);
  }

  private String output() {
    synchronized (flushed) {
      return flushed.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLoneAnswerIsFlushedBeforeSendReturns() throws InterruptedException {
    StdioWriter writer = writer(() -> 1);
    writer.send(message(1));
    assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1}\n", output());
    writer.close(Duration.ofSeconds(5));
  }

  @Test
  void anAnswerWhileOtherCallsRunIsFlushedByTheWriterThread() throws InterruptedException {
    StdioWriter writer = writer(() -> 3);
    writer.send(message(2));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (output().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals("{\"jsonrpc\":\"2.0\",\"id\":2}\n", output(), "flushed without a later send");
    writer.close(Duration.ofSeconds(5));
  }

  @Test
  void concurrentSendersEachGetTheirMessageOutWhole() throws InterruptedException {
    StdioWriter writer = writer(() -> 4);
    Thread[] senders = new Thread[4];
    for (int t = 0; t < senders.length; t++) {
      int first = t * 5_000;
      senders[t] = new Thread(() -> {
        for (int id = first; id < first + 5_000; id++) {
          writer.send(message(id));
        }
      });
      senders[t].start();
    }
    for (Thread sender : senders) {
      sender.join();
    }
    writer.close(Duration.ofSeconds(10));
    List<String> lines = Arrays.asList(output().split("\n"));
    assertEquals(20_000, lines.size());
    Set<String> distinct = new HashSet<>(lines);
    assertEquals(20_000, distinct.size());
    for (String line : lines) {
      assertTrue(line.matches("\\{\"jsonrpc\":\"2.0\",\"id\":\\d+}"), line);
    }
  }

  @Test
  void whatTheReaderSendsIsWrittenByTheWriterThread() throws InterruptedException {
    Thread[] readerSide = new Thread[1];
    StdioWriter[] writer = new StdioWriter[1];
    readerSide[0] = new Thread(() -> {
      writer[0] = StdioWriter.start(flushed, Thread.currentThread(), () -> 1);
      writer[0].send(message(3));
    });
    readerSide[0].start();
    readerSide[0].join();
    writer[0].close(Duration.ofSeconds(5));
    assertEquals("{\"jsonrpc\":\"2.0\",\"id\":3}\n", output());
  }
}
