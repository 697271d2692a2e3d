package dev.mcpgen.runtime.internal.jsonrpc;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request or, without an id, a notification.
 *
 * @param id the id, a string or number node kept as received; {@code null} for a notification
 * @param method the method name
 * @param params the parameters; an empty object when the message had none
 */
public record JsonRpcRequest(JsonNode id, String method, ObjectNode params) implements Incoming {
  public JsonRpcRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(params, "params");
  }

  /** Whether this is a notification, which is never answered. */
  public boolean isNotification() {
    return id == null;
  }
}
