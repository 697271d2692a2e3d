package dev.mcpgen.runtime.internal.server.tasks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code io.modelcontextprotocol/related-task} entry of {@code _meta}, which ties a message
 * or result to its task when nothing else in it names the task.
 */
final class RelatedTask {
  /** The key in {@code _meta}. */
  static final String KEY = "io.modelcontextprotocol/related-task";

  private RelatedTask() {}

  /** Adds to {@code holder}'s {@code _meta} (a result's, or a message's params) the task. */
  static void tag(ObjectNode holder, String taskId) {
    JsonNode meta = holder.get("_meta");
    ObjectNode target = meta instanceof ObjectNode object ? object : holder.putObject("_meta");
    target.putObject(KEY).put("taskId", taskId);
  }
}
