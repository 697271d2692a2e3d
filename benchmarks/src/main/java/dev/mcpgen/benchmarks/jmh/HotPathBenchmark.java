package dev.mcpgen.benchmarks.jmh;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcConnection;
import dev.mcpgen.runtime.internal.server.CallExecutor;
import dev.mcpgen.runtime.internal.server.ServerCore;
import dev.mcpgen.runtime.internal.server.Settings;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

/**
 * mcpgen's hot path in-process, no transport: the bytes of one request go into a
 * {@link JsonRpcConnection} (parse → dispatch → bind → call on the call executor) and the answer
 * is encoded to bytes as the stdio writer would (serialize). One request in flight at a time, so
 * the score is the latency of the whole path, thread hand-off to the executor included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmark {
  private static final int PIPELINED = 1000;
  private static final byte[] ECHO = bytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\","
      + "\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"hello\"}}}");
  private static final byte[] ADD = bytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\","
      + "\"params\":{\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}");
  private static final byte[] LIST = bytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":"
      + "\"tools/list\"}");
  private static final byte[] PING = bytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}");

  private JsonRpcConnection connection;
  private final AtomicInteger answers = new AtomicInteger();
  private volatile int expected;
  private volatile byte[] answer;
  private volatile Thread waiter;

  @Setup(Level.Trial)
  public void connect() {
    ServerFactory factory = ServiceLoader.load(ServerFactory.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(f -> f.info().name().equals("bench"))
        .findFirst().orElseThrow();
    ServerCore core = ServerCore.create(factory, Settings.defaults(), CallExecutor.create(1024));
    connection = core.connect(message -> {
      answer = JsonRpcCodec.encode(message);
      if (answers.incrementAndGet() >= expected) {
        LockSupport.unpark(waiter);
      }
    }, UserContext.of(UserContext.LOCAL_USER));
    waiter = Thread.currentThread();
    roundTrip(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
        + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
        + "\"clientInfo\":{\"name\":\"jmh\",\"version\":\"1\"}}}"));
    connection.receive(bytes("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
  }

  /** The whole path for an {@code echo(String)} call. */
  @Benchmark
  public byte[] callEcho() {
    return roundTrip(ECHO);
  }

  /** The whole path for an {@code add(int, int)} call. */
  @Benchmark
  public byte[] callAdd() {
    return roundTrip(ADD);
  }

  /** {@code tools/list}: answered from constants, no tool call. */
  @Benchmark
  public byte[] toolsList() {
    return roundTrip(LIST);
  }

  /** {@code ping}: the protocol core alone, the floor under every request. */
  @Benchmark
  public byte[] ping() {
    return roundTrip(PING);
  }

  /**
   * 1,000 echo calls sent back to back, then all answers awaited: the in-process ceiling of a
   * pipelined stdio burst (calls run concurrently on the call executor). Score is per call.
   */
  @Benchmark
  @OperationsPerInvocation(PIPELINED)
  public int pipelinedEcho() {
    waiter = Thread.currentThread();
    expected = answers.get() + PIPELINED;
    for (int i = 0; i < PIPELINED; i++) {
      connection.receive(ECHO);
    }
    while (answers.get() < expected) {
      LockSupport.park(this);
    }
    return answers.get();
  }

  /** Parsing alone: the first step of every request. */
  @Benchmark
  public JsonNode parseOnly() {
    return JsonRpcCodec.parse(ECHO);
  }

  private byte[] roundTrip(byte[] request) {
    waiter = Thread.currentThread();
    expected = answers.get() + 1;
    connection.receive(request);
    while (answers.get() < expected) {
      LockSupport.park(this);
    }
    return answer;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
