package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.http.sse.EventLog;
import dev.mcpgen.runtime.internal.http.sse.SseStream;
import dev.mcpgen.runtime.internal.http.sse.SseWriter;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcCodec;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcConnection;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import dev.mcpgen.runtime.internal.server.Session;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * One MCP session over HTTP: the protocol state of its connection, its SSE streams and the events
 * it keeps for resumption, and its hold on its user's server instance. Stream 0 carries what the
 * server sends on its own (the standalone GET stream, or the whole legacy SSE stream); each POST
 * answered with a stream gets the next number.
 */
final class HttpSession {
  /** Which transport opened the session; a session id is valid on its own transport only. */
  enum Kind { STREAMABLE, LEGACY }

  private final String id;
  private final HostedServer server;
  private final Kind kind;
  private final String pathKey;
  private final Session protocol;
  private final JsonRpcConnection connection;
  private final EventLog log;
  private final SseStream.Format format;
  /** Created on first use: most sessions never send on their own nor receive a GET. */
  private volatile SseStream standalone;
  private final Map<Integer, SseStream> streams = new ConcurrentHashMap<>();
  private final AtomicInteger nextStream = new AtomicInteger(1);
  private final AtomicInteger pendingAnswers = new AtomicInteger();
  private final InstanceCache.Lease lease;
  private final MessageSink outbound;
  private volatile long lastActive = System.nanoTime();
  private volatile boolean ended;

  /**
   * @param pathKey the {@code userId[:apiKey]} path segment of the seed's legacy form, else
   *     {@code null}
   */
  HttpSession(String id, HostedServer server, UserContext user, Kind kind, String pathKey,
      HttpSettings settings, SseStream.Format format, InstanceCache.Lease lease) {
    this.id = id;
    this.server = server;
    this.kind = kind;
    this.pathKey = pathKey;
    this.lease = lease;
    this.log = new EventLog(settings.replayEvents());
    this.format = format;
    this.outbound = message -> standalone().send(JsonRpcCodec.encode(message), false);
    this.protocol = new Session(user, outbound);
    this.connection = server.core().connect(outbound, protocol);
  }

  String id() {
    return id;
  }

  /** The first characters of the id, for logs: the id is a credential. */
  String shortId() {
    return id.substring(0, 6) + "...";
  }

  HostedServer server() {
    return server;
  }

  /** The user who opened the session: only they may use it. */
  UserContext user() {
    return protocol.user();
  }

  /** Takes the user's latest credentials (same user, maybe other scopes). */
  void renew(UserContext user) {
    protocol.renew(user);
  }

  Kind kind() {
    return kind;
  }

  String pathKey() {
    return pathKey;
  }

  /** The negotiated protocol version, or {@code null} before {@code initialize} is answered. */
  String protocolVersion() {
    return protocol.protocolVersion();
  }

  boolean isInitialized() {
    return protocol.isInitialized();
  }

  /**
   * Passes a message or batch to the protocol core; its answers go to {@code replies}. One at a
   * time per session, as the core expects; tool calls run on after this returns.
   */
  void receive(JsonNode message, MessageSink replies) {
    touch();
    synchronized (connection) {
      connection.receive(message, replies);
    }
  }

  /** Counts a POST waiting for its answer: the session is not idle meanwhile. */
  void answerPending() {
    pendingAnswers.incrementAndGet();
  }

  void answerSent() {
    pendingAnswers.decrementAndGet();
    touch();
  }

  /** Sends on stream 0: messages the server starts, and every answer of a legacy session. */
  MessageSink outbound() {
    return outbound;
  }

  /** The stream of messages the server sends on its own. */
  SseStream standalone() {
    SseStream stream = standalone;
    if (stream != null) {
      return stream;
    }
    synchronized (this) {
      if (standalone == null) {
        standalone = new SseStream(0, format, log);
      }
      return standalone;
    }
  }

  /** A new stream for the answer to one POST. */
  SseStream openStream() {
    SseStream stream = new SseStream(nextStream.getAndIncrement(), format, log);
    streams.put(stream.id(), stream);
    return stream;
  }

  /**
   * Whether the session's client may be asked to poll: a closed stream is then resumed with
   * {@code Last-Event-ID} (SEP-1699, 2025-11-25 on).
   */
  boolean resumable() {
    return HostContext.primes(protocolVersion());
  }

  /** Ends a POST's stream: it can still be replayed from the log. */
  void endStream(SseStream stream) {
    stream.end();
    streams.remove(stream.id());
  }

  /** Whether the session has had stream {@code streamId}. */
  boolean hasStream(int streamId) {
    return streamId >= 0 && streamId < nextStream.get();
  }

  /**
   * Attaches {@code connection} to stream {@code streamId}, which the session has had, after
   * event {@code sequence}.
   */
  void resume(int streamId, long sequence, SseWriter connection) {
    SseStream stream = streamId == 0 ? standalone() : streams.get(streamId);
    if (stream == null) {
      // An ended stream: replay what the log still holds, then finish.
      stream = new SseStream(streamId, format, log);
      stream.end();
    }
    stream.attach(connection, sequence, false);
  }

  /** Whether the session has had no request, answer or open stream for {@code timeoutNanos}. */
  boolean isIdle(long now, long timeoutNanos) {
    SseStream stream = standalone;
    return pendingAnswers.get() == 0 && (stream == null || !stream.isAttached())
        && streams.values().stream().noneMatch(SseStream::isAttached)
        && now - lastActive >= timeoutNanos;
  }

  void keepAlive() {
    SseStream stream = standalone;
    if (stream != null) {
      stream.keepAlive();
    }
    streams.values().forEach(SseStream::keepAlive);
  }

  /** Closes its streams, forgets its events and releases its instance. Idempotent. */
  synchronized void end() {
    if (ended) {
      return;
    }
    ended = true;
    protocol.close();
    // Created if need be, so that a GET arriving after the end finds the stream ended.
    standalone().end();
    streams.values().forEach(SseStream::end);
    streams.clear();
    log.clear();
    lease.release();
  }

  private void touch() {
    lastActive = System.nanoTime();
  }
}
