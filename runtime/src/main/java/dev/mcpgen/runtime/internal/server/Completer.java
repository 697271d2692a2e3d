package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.Completion;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves {@code completion/complete}: the reference and argument are checked on the reading
 * thread (an unknown prompt or template is invalid params), the user's completion method runs on
 * the {@link CallExecutor}. An argument nothing completes gets no suggestions.
 */
final class Completer {
  private static final System.Logger LOG = System.getLogger(Completer.class.getName());

  private final ListCatalog prompts;
  private final ListCatalog templates;
  private final InstanceSource instances;
  private final CallExecutor executor;
  private final UserScopes scopes;

  Completer(ListCatalog prompts, ListCatalog templates, InstanceSource instances,
      CallExecutor executor, UserScopes scopes) {
    this.prompts = prompts;
    this.templates = templates;
    this.instances = instances;
    this.executor = executor;
    this.scopes = scopes;
  }

  void complete(McpRequest request, Reply reply) {
    JsonNode ref = request.params().path("ref");
    String type = ref.path("type").asString("");
    boolean prompt = type.equals("ref/prompt");
    if (!prompt && !type.equals("ref/resource")) {
      throw JsonRpcError.invalidParams("completion/complete needs \"ref\" of type \"ref/prompt\""
          + " or \"ref/resource\", got " + (type.isEmpty() ? "none" : "\"" + type + "\""));
    }
    String target = text(ref, prompt ? "name" : "uri", "ref");
    if (prompt ? !prompts.contains(target) : !templates.contains(target)) {
      throw JsonRpcError.invalidParams((prompt ? "Unknown prompt: " : "Unknown resource template: ")
          + target);
    }
    JsonNode argument = request.params().path("argument");
    String name = text(argument, "name", "argument");
    String value = text(argument, "value", "argument");
    Map<String, String> context = context(request.params().path("context").path("arguments"));
    CallContext call = CallContext.of(request, reply);
    executor.execute(() -> answer(prompt, target, name, value, context, call, reply));
  }

  private void answer(boolean prompt, String target, String argument, String value,
      Map<String, String> context, CallContext call, Reply reply) {
    try {
      ServerInstance instance = instances.instanceFor(call.user());
      Completion completion = instance.complete(prompt, target, argument, value, context,
          call.within(scopes.scope(instance, call.user())));
      reply.result(json(completion == null ? Completion.empty() : completion));
    } catch (JsonRpcError e) {
      reply.error(e);
    } catch (Exception | Error e) {
      LOG.log(Level.ERROR, "completion/complete of '" + target + "' failed for user '"
          + call.userId() + "'", e);
      reply.error(JsonRpcError.internalError("Internal error while completing '" + argument
          + "' of " + target));
    }
  }

  private static String text(JsonNode object, String field, String where) {
    JsonNode value = object.get(field);
    if (value == null || !value.isString()) {
      throw JsonRpcError.invalidParams("completion/complete needs \"" + where + "." + field
          + "\", a string");
    }
    return value.stringValue();
  }

  private static Map<String, String> context(JsonNode arguments) {
    Map<String, String> values = new HashMap<>();
    arguments.properties().forEach(entry -> {
      if (entry.getValue().isString()) {
        values.put(entry.getKey(), entry.getValue().stringValue());
      }
    });
    return Map.copyOf(values);
  }

  private static ObjectNode json(Completion completion) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    ObjectNode body = result.putObject("completion");
    ArrayNode values = body.putArray("values");
    completion.values().forEach(values::add);
    if (completion.total() != null) {
      body.put("total", completion.total());
    }
    body.put("hasMore", completion.hasMore());
    return result;
  }
}
