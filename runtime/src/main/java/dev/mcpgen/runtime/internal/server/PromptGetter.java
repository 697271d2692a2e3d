package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.GetPromptResult;
import dev.mcpgen.runtime.PromptMessage;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import dev.mcpgen.runtime.spi.ArgumentException;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UnknownPromptException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves {@code prompts/list} and {@code prompts/get}. An unknown prompt, a missing required
 * argument or one that is not a string is invalid params (-32602), checked on the reading
 * thread; the prompt itself runs on the {@link CallExecutor}.
 */
final class PromptGetter {
  private static final System.Logger LOG = System.getLogger(PromptGetter.class.getName());

  private final ListCatalog catalog;
  private final Map<String, List<String>> required;
  private final InstanceSource instances;
  private final CallExecutor executor;
  private final UserScopes scopes;

  PromptGetter(ListCatalog catalog, InstanceSource instances, CallExecutor executor,
      UserScopes scopes) {
    this.catalog = catalog;
    this.required = required(catalog);
    this.instances = instances;
    this.executor = executor;
    this.scopes = scopes;
  }

  /** The names of each prompt's required arguments, by prompt name. */
  private static Map<String, List<String>> required(ListCatalog catalog) {
    Map<String, List<String>> required = new HashMap<>();
    for (ObjectNode definition : catalog.definitions()) {
      List<String> names = new ArrayList<>();
      for (JsonNode argument : definition.path("arguments")) {
        if (argument.path("required").asBoolean(false)) {
          names.add(argument.path("name").asString());
        }
      }
      required.put(definition.get("name").stringValue(), List.copyOf(names));
    }
    return Map.copyOf(required);
  }

  ListCatalog catalog() {
    return catalog;
  }

  void list(McpRequest request, Reply reply) {
    UserFeed feed = request.feed();
    reply.result(feed == null ? catalog.list(request.params().get("cursor"))
        : catalog.list(request.params().get("cursor"), feed::isPromptEnabled));
  }

  void get(McpRequest request, Reply reply) {
    JsonNode name = request.params().get("name");
    if (name == null || !name.isString()) {
      throw JsonRpcError.invalidParams("prompts/get needs \"name\", the prompt's name");
    }
    List<String> needed = required.get(name.stringValue());
    UserFeed feed = request.feed();
    if (needed == null || (feed != null && !feed.isPromptEnabled(name.stringValue()))) {
      throw JsonRpcError.invalidParams("Unknown prompt: " + name.stringValue());
    }
    ObjectNode arguments = arguments(request.params().get("arguments"));
    for (String argument : needed) {
      if (!arguments.has(argument)) {
        throw JsonRpcError.invalidParams("Prompt '" + name.stringValue()
            + "' needs the argument '" + argument + "'");
      }
    }
    CallContext context = CallContext.of(request, reply);
    executor.execute(() -> answer(name.stringValue(), arguments, context, reply));
  }

  private static ObjectNode arguments(JsonNode arguments) {
    if (arguments == null || arguments.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!(arguments instanceof ObjectNode object)) {
      throw JsonRpcError.invalidParams("prompts/get \"arguments\" must be an object of strings");
    }
    for (Entry<String, JsonNode> argument : object.properties()) {
      if (!argument.getValue().isString()) {
        throw JsonRpcError.invalidParams(
            "Prompt argument '" + argument.getKey() + "' must be a string");
      }
    }
    return object;
  }

  private void answer(String name, ObjectNode arguments, CallContext context, Reply reply) {
    try {
      ServerInstance instance = instances.instanceFor(context.user());
      GetPromptResult result = instance.getPrompt(name, arguments,
          context.within(scopes.scope(instance, context.user())));
      if (result == null) {
        throw new IllegalStateException(
            instance.getClass().getName() + ".getPrompt returned null for '" + name + "'");
      }
      reply.result(json(result));
    } catch (UnknownPromptException e) {
      reply.error(JsonRpcError.invalidParams("Unknown prompt: " + e.prompt()));
    } catch (ArgumentException e) {
      reply.error(JsonRpcError.invalidParams("Invalid arguments for prompt '" + name + "': "
          + e.pointer() + ": " + e.problem()));
    } catch (JsonRpcError e) {
      reply.error(e);
    } catch (Exception | Error e) {
      LOG.log(Level.ERROR, "Prompt '" + name + "' failed for user '" + context.userId() + "'", e);
      reply.error(JsonRpcError.internalError("Internal error while getting prompt '" + name
          + "'"));
    }
  }

  /** {@code {"description", "messages":[{"role","content"}]}}. */
  static ObjectNode json(GetPromptResult result) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    if (result.description() != null) {
      json.put("description", result.description());
    }
    ArrayNode messages = json.putArray("messages");
    for (PromptMessage message : result.messages()) {
      messages.addObject().put("role", message.role().wire())
          .set("content", ContentJson.write(message.content()));
    }
    return json;
  }
}
