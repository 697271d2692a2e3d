package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.ReadResourceResult;
import dev.mcpgen.runtime.ResourceContents;
import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UnknownResourceException;
import java.lang.System.Logger.Level;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves {@code resources/read} on the {@link CallExecutor}, like a tool call: the user's
 * instance reads the resource. A URI no resource has is error -32002, as the spec asks; a bug in
 * the resource method is an internal error, its stack trace only in the log.
 */
final class ResourceReader {
  private static final System.Logger LOG = System.getLogger(ResourceReader.class.getName());

  /** The error of a read of a URI the server has no resource for. */
  static final int RESOURCE_NOT_FOUND = -32002;

  private final InstanceSource instances;
  private final CallExecutor executor;
  private final UserScopes scopes;

  ResourceReader(InstanceSource instances, CallExecutor executor, UserScopes scopes) {
    this.instances = instances;
    this.executor = executor;
    this.scopes = scopes;
  }

  void read(McpRequest request, Reply reply) {
    JsonNode uri = request.params().get("uri");
    if (uri == null || !uri.isString()) {
      throw JsonRpcError.invalidParams("resources/read needs \"uri\", the resource's URI");
    }
    UserFeed feed = request.feed();
    if (feed != null && feed.isReadHidden(uri.stringValue())) {
      reply.error(notFound(uri.stringValue()));
      return;
    }
    CallContext context = CallContext.of(request, reply);
    executor.execute(() -> answer(uri.stringValue(), context, reply));
  }

  private void answer(String uri, CallContext context, Reply reply) {
    try {
      ServerInstance instance = instances.instanceFor(context.user());
      ReadResourceResult result = instance.readResource(uri,
          context.within(scopes.scope(instance, context.user())));
      if (result == null) {
        throw new IllegalStateException(
            instance.getClass().getName() + ".readResource returned null for '" + uri + "'");
      }
      reply.result(json(result));
    } catch (UnknownResourceException e) {
      reply.error(notFound(e.uri()));
    } catch (JsonRpcError e) {
      reply.error(e);
    } catch (Exception | Error e) {
      LOG.log(Level.ERROR, "resources/read of '" + uri + "' failed for user '"
          + context.userId() + "'", e);
      reply.error(JsonRpcError.internalError("Internal error while reading resource " + uri));
    }
  }

  /** {@code {"contents":[{"uri","mimeType","text"|"blob"}]}}. */
  private static JsonRpcError notFound(String uri) {
    ObjectNode data = JsonNodeFactory.instance.objectNode().put("uri", uri);
    return new JsonRpcError(RESOURCE_NOT_FOUND, "Resource not found: " + uri, data);
  }

  static ObjectNode json(ReadResourceResult result) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ArrayNode contents = json.putArray("contents");
    for (ResourceContents item : result.contents()) {
      contents.add(ContentJson.write(item));
    }
    return json;
  }
}
