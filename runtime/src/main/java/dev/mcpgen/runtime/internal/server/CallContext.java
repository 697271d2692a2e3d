package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.ElicitResult;
import dev.mcpgen.runtime.LogLevel;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.Root;
import dev.mcpgen.runtime.SamplingRequest;
import dev.mcpgen.runtime.SamplingResult;
import dev.mcpgen.runtime.ServerControl;
import dev.mcpgen.runtime.Store;
import dev.mcpgen.runtime.ToolException;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link McpContext} of one request a user's instance serves (a tool call, a resource read,
 * a prompt): who it runs for, and the way back to the client that sent it. Messages about the
 * request (progress, logs, requests to the client) go where its answer will go.
 */
public final class CallContext implements McpContext {
  private static final Reply NOWHERE = new Reply() {
    @Override
    public void result(JsonNode result) {}

    @Override
    public void error(dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError error) {}
  };

  private final UserContext user;
  private final Reply reply;
  private final Session session;
  private final JsonNode progressToken;
  private volatile UserScope scope;
  private volatile boolean cancelled;

  private CallContext(UserContext user, Reply reply, Session session, JsonNode progressToken) {
    this.user = Objects.requireNonNull(user, "user");
    this.reply = reply;
    this.session = session;
    this.progressToken = progressToken;
  }

  /** The context of {@code request}, answered through {@code reply}. */
  static CallContext of(McpRequest request, Reply reply) {
    JsonNode token = request.params().path("_meta").get("progressToken");
    return new CallContext(request.user(), reply, request.session(),
        token != null && (token.isString() || token.isIntegralNumber()) ? token : null);
  }

  /** A context of {@code user} outside any connection: messages about it go nowhere. */
  public CallContext(UserContext user) {
    this(user, NOWHERE, null, null);
  }

  /** Attaches the store and credentials of the user's instance; returns this context. */
  CallContext within(UserScope userScope) {
    this.scope = userScope;
    return this;
  }

  /** Marks the request cancelled: the client cancelled it or went away. */
  void cancel() {
    cancelled = true;
  }

  @Override
  public UserContext user() {
    return user;
  }

  @Override
  public Store store() {
    return attached().store();
  }

  @Override
  public <C> C credentials(String service, Class<C> type) {
    return attached().credentials(service, type);
  }

  @Override
  public void progress(double progress, Double total, String message) {
    if (progressToken == null || cancelled) {
      return;
    }
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    params.set("progressToken", progressToken);
    params.put("progress", progress);
    if (total != null) {
      params.put("total", total);
    }
    if (message != null) {
      params.put("message", message);
    }
    reply.sendRelated(notification("notifications/progress", params));
  }

  @Override
  public void log(LogLevel level, String message) {
    log(level, null, message);
  }

  @Override
  public void log(LogLevel level, String logger, Object data) {
    if (session == null || level.compareTo(session.logLevel()) < 0) {
      return;
    }
    ObjectNode params = JsonNodeFactory.instance.objectNode().put("level", level.wireName());
    if (logger != null) {
      params.put("logger", logger);
    }
    params.set("data", Json.MAPPER.valueToTree(data));
    reply.sendRelated(notification("notifications/message", params));
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public SamplingResult sample(SamplingRequest request) {
    requireCapability(capabilities().sampling(), "sampling", "sample its model");
    return ClientMessages.samplingResult(ask("sampling/createMessage",
        ClientMessages.samplingParams(request)));
  }

  @Override
  public <T> ElicitResult<T> elicit(String message, Class<T> form) {
    Forms.Form<T> definition = Forms.of(form);
    requireCapability(capabilities().elicitation(), "elicitation", "ask its user");
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    if (speaksUrlElicitation()) {
      params.put("mode", "form");
    }
    params.put("message", message);
    params.set("requestedSchema", definition.schema().deepCopy());
    return ClientMessages.formResult(ask("elicitation/create", params), definition);
  }

  @Override
  public ElicitResult<Void> elicitUrl(String message, String url, String elicitationId) {
    requireCapability(speaksUrlElicitation() && capabilities().urlElicitation(),
        "elicitation.url", "ask its user to open a URL");
    ObjectNode params = JsonNodeFactory.instance.objectNode().put("mode", "url")
        .put("message", message).put("url", url).put("elicitationId", elicitationId);
    return new ElicitResult<>(ClientMessages.action(ask("elicitation/create", params)), null);
  }

  @Override
  public void elicitationComplete(String elicitationId) {
    if (session != null) {
      session.outbound().sendNotification("notifications/elicitation/complete",
          JsonNodeFactory.instance.objectNode().put("elicitationId", elicitationId));
    }
  }

  @Override
  public List<Root> roots() {
    requireCapability(capabilities().roots(), "roots", "share its roots");
    return ClientMessages.roots(ask("roots/list", JsonNodeFactory.instance.objectNode()));
  }

  @Override
  public ServerControl server() {
    UserFeed feed = session == null ? null : session.feed();
    return feed != null ? feed : ServerControl.none();
  }

  @Override
  public void closeStream() {
    reply.closeStream();
  }

  private JsonNode ask(String method, ObjectNode params) {
    reply.awaitingInput(true);
    try {
      return session.clientRequests().send(method, params, reply::sendRelated, () -> cancelled);
    } finally {
      reply.awaitingInput(false);
    }
  }

  private Session.ClientCapabilities capabilities() {
    Session.Handshake handshake = session == null ? null : session.handshake();
    if (handshake == null) {
      throw new ToolException("There is no client connection to ask");
    }
    return handshake.clientCapabilities();
  }

  private boolean speaksUrlElicitation() {
    return ProtocolVersions.atLeast(session.protocolVersion(), "2025-11-25");
  }

  private static void requireCapability(boolean declared, String capability, String what) {
    if (!declared) {
      throw new ToolException("The client cannot " + what + ": it did not declare the '"
          + capability + "' capability");
    }
  }

  private static ObjectNode notification(String method, ObjectNode params) {
    ObjectNode message = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0")
        .put("method", method);
    message.set("params", params);
    return message;
  }

  private UserScope attached() {
    UserScope attached = scope;
    if (attached == null) {
      throw new IllegalStateException("This context is not attached to a server instance");
    }
    return attached;
  }
}
