package dev.mcpgen.runtime.internal.jsonrpc;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;

/**
 * The JSON-RPC 2.0 side of one connection, whatever the transport: reads frames, answers what
 * is not valid JSON-RPC, hands requests and notifications to a {@link JsonRpcHandler} and writes
 * its answers to a {@link MessageSink}. Bad input is answered, never thrown: one broken message
 * must not end the connection.
 *
 * <p>Not thread-safe on the receiving side: a transport delivers frames from one thread, in
 * order (or, like the HTTP transports, one at a time per connection). Answers may come from any
 * thread.
 */
public final class JsonRpcConnection {
  private static final System.Logger LOG = System.getLogger(JsonRpcConnection.class.getName());

  private final MessageSink sink;
  private final JsonRpcHandler handler;

  /** A connection answering through {@code sink}, serving requests with {@code handler}. */
  public JsonRpcConnection(MessageSink sink, JsonRpcHandler handler) {
    this.sink = sink;
    this.handler = handler;
  }

  /** Handles one frame: a message or a batch, as UTF-8 JSON. */
  public void receive(byte[] frame) {
    JsonNode json;
    try {
      json = JsonRpcCodec.parse(frame);
    } catch (JsonRpcError e) {
      sink.send(JsonRpcCodec.error(null, e));
      return;
    }
    if (json != null) {
      receive(json, sink);
    }
  }

  /**
   * Handles one parsed message or batch, sending its answers to {@code replies} rather than to
   * the connection's sink. HTTP transports answer each request on the exchange that carried it.
   * Messages the server starts on its own go to the session's outbound sink, not here.
   */
  public void receive(JsonNode message, MessageSink replies) {
    if (message.isArray()) {
      receiveBatch(message, replies);
    } else {
      dispatch(Envelope.read(message), replies, replies);
    }
  }

  /**
   * Whether {@code message} (a message or batch) gets an answer: it holds a request or something
   * that is not valid JSON-RPC. A transport that must say "accepted, no answer" (HTTP 202) asks
   * this before passing the message on.
   */
  public static boolean expectsAnswer(JsonNode message) {
    if (!message.isArray()) {
      return isAnswered(Envelope.read(message));
    }
    if (message.isEmpty()) {
      return true;
    }
    for (JsonNode item : message) {
      if (isAnswered(Envelope.read(item))) {
        return true;
      }
    }
    return false;
  }

  private void receiveBatch(JsonNode batch, MessageSink replies) {
    if (batch.isEmpty()) {
      replies.send(JsonRpcCodec.error(null, JsonRpcError.invalidRequest("empty batch")));
      return;
    }
    List<Incoming> messages = new ArrayList<>(batch.size());
    int answers = 0;
    for (JsonNode json : batch) {
      Incoming message = Envelope.read(json);
      messages.add(message);
      answers += isAnswered(message) ? 1 : 0;
    }
    // A batch of notifications only is never answered, not even with an empty array.
    MessageSink target = answers == 0 ? response -> {} : new Batch(replies, answers);
    messages.forEach(message -> dispatch(message, target, replies));
  }

  private static boolean isAnswered(Incoming message) {
    return message instanceof Incoming.Invalid
        || (message instanceof JsonRpcRequest request && !request.isNotification());
  }

  /**
   * @param target where the answer goes (into a batch's array, or straight out)
   * @param related where messages about the request go before its answer
   */
  private void dispatch(Incoming message, MessageSink target, MessageSink related) {
    if (message instanceof Incoming.Invalid invalid) {
      target.send(JsonRpcCodec.error(invalid.id(), invalid.error()));
    } else if (message instanceof Incoming.Response response) {
      if (!handler.onResponse(response)) {
        LOG.log(Level.DEBUG, "Ignoring a response to unknown request {0}", response.id());
      }
    } else {
      JsonRpcRequest request = (JsonRpcRequest) message;
      if (request.isNotification()) {
        deliver(request);
      } else {
        call(request, new OnceReply(request, target, related));
      }
    }
  }

  private void deliver(JsonRpcRequest notification) {
    try {
      handler.onNotification(notification);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification " + notification.method() + " failed", e);
    }
  }

  private void call(JsonRpcRequest request, OnceReply reply) {
    try {
      handler.onRequest(request, reply);
    } catch (JsonRpcError e) {
      reply.error(e);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Request " + request.method() + " failed", e);
      reply.error(JsonRpcError.internalError("Internal error while handling " + request.method()));
    }
  }

  /** Sends the first answer to a request and logs any further one, which is a handler bug. */
  private static final class OnceReply implements Reply {
    private final JsonRpcRequest request;
    private final MessageSink target;
    private final MessageSink related;
    private final AtomicBoolean answered = new AtomicBoolean();

    OnceReply(JsonRpcRequest request, MessageSink target, MessageSink related) {
      this.request = request;
      this.target = target;
      this.related = related;
    }

    @Override
    public void sendRelated(JsonNode message) {
      if (answered.get()) {
        LOG.log(Level.DEBUG, "A message about request {0} came after its answer; dropped",
            request.id());
        return;
      }
      related.send(message);
    }

    @Override
    public void closeStream() {
      related.closeStream();
    }

    @Override
    public void result(JsonNode result) {
      if (first()) {
        target.send(JsonRpcCodec.response(request.id(), result));
      }
    }

    @Override
    public void error(JsonRpcError error) {
      if (first()) {
        target.send(JsonRpcCodec.error(request.id(), error));
      }
    }

    @Override
    public void abandon() {
      if (first()) {
        target.cancelled(JsonRpcCodec.error(request.id(), JsonRpcError.requestCancelled()));
      }
    }

    private boolean first() {
      if (answered.compareAndSet(false, true)) {
        return true;
      }
      LOG.log(Level.WARNING, "Request {0} ({1}) was answered twice; the second answer is dropped",
          request.id(), request.method());
      return false;
    }
  }
}
