package dev.mcpgen.runtime.internal.stdio;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcConnection;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.server.ServerCore;
import dev.mcpgen.runtime.internal.server.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;

/**
 * The stdio transport: newline-delimited JSON-RPC messages on standard input and output. One
 * thread reads and dispatches, tool calls run on the server's executor, and one writer thread
 * writes answers, so input keeps being read while answers go out. At the end of input it lets
 * running calls finish (for at most the shutdown grace), writes their answers and returns.
 */
public final class StdioTransport {
  private static final System.Logger LOG = System.getLogger(StdioTransport.class.getName());

  private final InputStream in;
  private final OutputStream out;
  private final Settings settings;

  /**
   * @param in the real standard input: never {@code System.in}, which user code may read
   * @param out the real standard output: never {@code System.out}, which user code may print to
   */
  public StdioTransport(InputStream in, OutputStream out, Settings settings) {
    this.in = in;
    this.out = out;
    this.settings = settings;
  }

  /** Serves {@code core} to the client for {@code user}, until the end of input. */
  public void serve(ServerCore core, UserContext user) throws InterruptedException {
    StdioWriter writer = StdioWriter.start(out, Thread.currentThread(), core::runningCalls);
    read(core.connect(writer, user), writer);
    if (!core.awaitIdle(settings.shutdownGrace())) {
      LOG.log(Level.WARNING, "Input ended; tool calls still running after {0} ms are abandoned",
          settings.shutdownGrace().toMillis());
    }
    writer.close(settings.shutdownGrace());
  }

  private void read(JsonRpcConnection connection, StdioWriter writer) {
    LineReader lines = new LineReader(in, settings.maxMessageBytes());
    while (true) {
      byte[] line;
      try {
        line = lines.next();
      } catch (LineReader.LineTooLongException e) {
        writer.send(JsonRpcCodec.error(null, JsonRpcError.parseError(e.getMessage())));
        continue;
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Reading standard input failed; treating it as its end", e);
        return;
      }
      if (line == null) {
        return;
      }
      receive(connection, line);
    }
  }

  /** The connection answers bad input itself; this only guards the loop against its bugs. */
  private static void receive(JsonRpcConnection connection, byte[] line) {
    try {
      connection.receive(line);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "A message could not be handled", e);
    }
  }
}
