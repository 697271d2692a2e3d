package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.http.sse.SseStream;
import dev.mcpgen.runtime.internal.http.sse.SseWriter;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Where the messages answering one Streamable HTTP POST go. A plain answer becomes an
 * {@code application/json} response. Anything sent before it (progress, logs, requests to the
 * client about this call) turns the response into an SSE stream that ends with the answer; that
 * stream can be resumed like any other if the client loses it.
 */
final class PostReply implements MessageSink {
  private static final System.Logger LOG = System.getLogger(PostReply.class.getName());

  private final Exchange exchange;
  private final HttpSession session;
  private final HostContext host;
  private final boolean mayStream;
  private final Supplier<Map<String, String>> headers;
  private final Runnable onAnswered;
  private SseStream stream;
  private boolean answered;

  /**
   * @param mayStream whether the client accepts {@code text/event-stream}
   * @param headers the response headers, asked for when the response starts
   * @param onAnswered runs once the answer has been handed on
   */
  PostReply(Exchange exchange, HttpSession session, HostContext host, boolean mayStream,
      Supplier<Map<String, String>> headers, Runnable onAnswered) {
    this.exchange = exchange;
    this.session = session;
    this.host = host;
    this.mayStream = mayStream;
    this.headers = headers;
    this.onAnswered = onAnswered;
  }

  @Override
  public void send(JsonNode message) {
    boolean answer = !(message.isObject() && message.has("method"));
    boolean plain;
    synchronized (this) {
      if (answered) {
        LOG.log(Level.WARNING, "A message after the answer to a POST is dropped");
        return;
      }
      answered = answer;
      // A plain answer is written below, outside the lock: nothing else reaches the exchange.
      plain = stream == null && answer;
      if (!plain) {
        stream(message, answer);
      }
    }
    if (plain) {
      respond(message);
    }
    if (answer) {
      onAnswered.run();
    }
  }

  private void stream(JsonNode message, boolean answer) {
    if (stream != null || startStream()) {
      stream.send(JsonRpcCodec.encode(message), answer);
      if (answer) {
        session.endStream(stream);
      }
    } else {
      LOG.log(Level.DEBUG, "The client takes no event stream; dropping a message before the"
          + " answer");
    }
  }

  /**
   * A POST's response must still end with a message: an SSE stream ended without the answer is
   * one the client resumes, again and again, and a JSON response needs a body.
   */
  @Override
  public void cancelled(JsonNode cancelledAnswer) {
    send(cancelledAnswer);
  }

  /**
   * Closes the response's connection but not its stream, when the client can resume it: later
   * messages wait in the session's log for the client to come back with {@code Last-Event-ID}.
   */
  @Override
  public void closeStream() {
    if (!session.resumable()) {
      return;
    }
    synchronized (this) {
      if (answered || (stream == null && !startStream())) {
        return;
      }
      stream.disconnect();
    }
  }

  private boolean startStream() {
    if (!mayStream) {
      return false;
    }
    stream = session.openStream();
    try {
      SseWriter writer = host.openStream(exchange, headers.get());
      stream.attach(writer, 0, HostContext.primes(session.protocolVersion()));
    } catch (IOException e) {
      // The client has gone: events wait in the log for it to resume the stream.
      LOG.log(Level.DEBUG, "A client went before its POST's stream opened: {0}", e.getMessage());
    }
    return true;
  }

  /**
   * One JSON answer, written by the thread that has it (the socket takes a small response at
   * once); a refusal of a message that is not a request gets an error status.
   */
  private void respond(JsonNode answer) {
    int status = answer.isObject() && answer.has("error") && answer.path("id").isNull()
        ? 400 : 200;
    try {
      Responses.json(exchange, status, answer, headers.get());
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "A client went before its answer: {0}", e.getMessage());
      exchange.end();
    }
  }
}
