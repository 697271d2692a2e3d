package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.internal.jsonrpc.Incoming;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcHandler;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcRequest;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import dev.mcpgen.runtime.spi.ServerInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One connection of the MCP revisions with a handshake (2024-11-05 to 2025-11-25): answers
 * {@code initialize} into its {@link Session}, holds back everything but {@code ping} until then,
 * and passes the rest to the {@link Dispatcher}.
 */
public final class SessionHandler implements JsonRpcHandler {
  private final Session session;
  private final Dispatcher dispatcher;
  private final ServerInfo info;

  /** Serves {@code session} through {@code dispatcher}; {@code info} introduces the server. */
  public SessionHandler(Session session, Dispatcher dispatcher, ServerInfo info) {
    this.session = session;
    this.dispatcher = dispatcher;
    this.info = info;
  }

  @Override
  public void onRequest(JsonRpcRequest request, Reply reply) {
    if (request.method().equals("initialize")) {
      reply.result(initialize(request.params()));
      return;
    }
    if (!session.isInitialized() && !request.method().equals("ping")) {
      throw JsonRpcError.invalidRequest(
          "the session is not initialized: send initialize before " + request.method());
    }
    dispatcher.serve(
        new McpRequest(request, session.protocolVersion(), session.user(), session), reply);
  }

  @Override
  public void onNotification(JsonRpcRequest notification) {
    // Others (roots/list_changed, progress of the client's own...) need no action here: a tool
    // asks for roots when it needs them.
    switch (notification.method()) {
      case "notifications/initialized" -> session.markClientReady();
      case "notifications/cancelled" -> {
        JsonNode id = notification.params().get("requestId");
        if (id != null && (id.isString() || id.isNumber())) {
          session.cancel(id.asString());
        }
      }
      default -> { }
    }
  }

  @Override
  public boolean onResponse(Incoming.Response response) {
    return session.hasAskedClient() && session.clientRequests().complete(response);
  }

  private ObjectNode initialize(ObjectNode params) {
    JsonNode requested = params.get("protocolVersion");
    if (requested == null || !requested.isString()) {
      throw JsonRpcError.invalidParams(
          "initialize needs \"protocolVersion\", a string such as \"" + ProtocolVersions.LATEST
              + "\"");
    }
    String version = ProtocolVersions.negotiate(requested.stringValue());
    JsonNode client = params.path("clientInfo");
    JsonNode capabilities = params.path("capabilities");
    Session.Handshake handshake = new Session.Handshake(version,
        client.path("name").stringValue(null), client.path("version").stringValue(null),
        new Session.ClientCapabilities(capabilities.has("roots"), capabilities.has("sampling"),
            formElicitation(capabilities.get("elicitation")),
            capabilities.path("elicitation").has("url")));
    if (!session.initialize(handshake)) {
      throw JsonRpcError.invalidRequest("the session is initialized already");
    }
    return initializeResult(version);
  }

  /** An empty {@code elicitation} object means form mode, as before URL mode existed. */
  private static boolean formElicitation(JsonNode elicitation) {
    return elicitation != null && elicitation.isObject()
        && (elicitation.isEmpty() || elicitation.has("form"));
  }

  private ObjectNode initializeResult(String version) {
    ObjectNode result = JsonNodeFactory.instance.objectNode().put("protocolVersion", version);
    result.set("capabilities", dispatcher.capabilities());
    ObjectNode serverInfo =
        result.putObject("serverInfo").put("name", info.name()).put("version", info.version());
    if (info.title() != null) {
      serverInfo.put("title", info.title());
    }
    if (info.websiteUrl() != null) {
      serverInfo.put("websiteUrl", info.websiteUrl());
    }
    if (!info.icons().isEmpty()) {
      serverInfo.set("icons", IconJson.write(info.icons()));
    }
    if (info.instructions() != null) {
      result.put("instructions", info.instructions());
    }
    return result;
  }
}
