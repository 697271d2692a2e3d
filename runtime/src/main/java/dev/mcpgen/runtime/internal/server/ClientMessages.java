package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.ElicitResult;
import dev.mcpgen.runtime.PromptMessage;
import dev.mcpgen.runtime.Root;
import dev.mcpgen.runtime.SamplingRequest;
import dev.mcpgen.runtime.SamplingResult;
import dev.mcpgen.runtime.ToolException;
import dev.mcpgen.runtime.internal.schema.Violations;
import dev.mcpgen.runtime.spi.ArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The params of the requests a server sends its client, and the reading of the client's
 * answers. An answer that does not have the protocol's shape is a {@link ToolException}: the
 * tool that asked tells its model, and the server goes on.
 */
final class ClientMessages {
  private ClientMessages() {}

  static ObjectNode samplingParams(SamplingRequest request) {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    ArrayNode messages = params.putArray("messages");
    for (PromptMessage message : request.messages()) {
      messages.addObject().put("role", message.role().wire())
          .set("content", ContentJson.write(message.content()));
    }
    params.put("maxTokens", request.maxTokens());
    if (request.systemPrompt() != null) {
      params.put("systemPrompt", request.systemPrompt());
    }
    if (request.temperature() != null) {
      params.put("temperature", request.temperature());
    }
    if (!request.stopSequences().isEmpty()) {
      ArrayNode stops = params.putArray("stopSequences");
      request.stopSequences().forEach(stops::add);
    }
    if (!request.modelHints().isEmpty()) {
      ArrayNode hints = params.putObject("modelPreferences").putArray("hints");
      request.modelHints().forEach(name -> hints.addObject().put("name", name));
    }
    return params;
  }

  static SamplingResult samplingResult(JsonNode result) {
    try {
      PromptMessage.Role role = "user".equals(result.path("role").asString(""))
          ? PromptMessage.Role.USER : PromptMessage.Role.ASSISTANT;
      return new SamplingResult(role, ContentJson.read(result.path("content")),
          result.path("model").asString(null), result.path("stopReason").asString(null));
    } catch (IllegalArgumentException e) {
      throw new ToolException("The client's sampling answer is not usable: " + e.getMessage());
    }
  }

  static ElicitResult.Action action(JsonNode result) {
    String action = result.path("action").asString("");
    try {
      return ElicitResult.Action.valueOf(action.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ToolException("The client answered the elicitation with the unknown action '"
          + action + "'");
    }
  }

  static <T> ElicitResult<T> formResult(JsonNode result, Forms.Form<T> form) {
    ElicitResult.Action action = action(result);
    if (action != ElicitResult.Action.ACCEPT) {
      return new ElicitResult<>(action, null);
    }
    JsonNode content = result.get("content");
    if (!(content instanceof ObjectNode answers)) {
      throw new ToolException("The client accepted the elicitation but sent no content");
    }
    Violations violations = form.validator().validate(answers);
    if (!violations.isEmpty()) {
      throw new ToolException("The user's answer does not fit the form: " + violations);
    }
    try {
      return new ElicitResult<>(action, form.definition().bind(answers));
    } catch (ArgumentException e) {
      throw new ToolException("The user's answer does not fit the form: " + e.pointer() + ": "
          + e.problem());
    }
  }

  static List<Root> roots(JsonNode result) {
    JsonNode roots = result.get("roots");
    if (roots == null || !roots.isArray()) {
      throw new ToolException("The client's roots/list answer has no \"roots\" array");
    }
    List<Root> list = new ArrayList<>(roots.size());
    for (JsonNode root : roots) {
      JsonNode uri = root.get("uri");
      if (uri == null || !uri.isString()) {
        throw new ToolException("The client listed a root without a \"uri\"");
      }
      list.add(new Root(uri.stringValue(), root.path("name").asString(null)));
    }
    return List.copyOf(list);
  }
}
