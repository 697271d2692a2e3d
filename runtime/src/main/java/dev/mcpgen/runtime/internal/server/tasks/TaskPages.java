package dev.mcpgen.runtime.internal.server.tasks;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pages of {@code tasks/list}. Tasks come and go between pages, so a cursor holds the creation
 * number of the last task shown, not an offset: no task is skipped or shown twice.
 */
final class TaskPages {
  private static final String PREFIX = "tasks-after:";

  private TaskPages() {}

  /** The page of {@code tasks} (oldest first) that {@code cursor} starts. */
  static ObjectNode page(List<Task> tasks, JsonNode cursor, int pageSize) {
    long after = after(cursor);
    ObjectNode page = JsonNodeFactory.instance.objectNode();
    ArrayNode array = page.putArray("tasks");
    Task last = null;
    for (Task task : tasks) {
      if (task.sequence() <= after) {
        continue;
      }
      if (array.size() == pageSize) {
        page.put("nextCursor", encode(last.sequence()));
        break;
      }
      array.add(task.toJson());
      last = task;
    }
    return page;
  }

  private static long after(JsonNode cursor) {
    if (cursor == null || cursor.isNull()) {
      return -1;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor.stringValue("")),
          StandardCharsets.UTF_8);
      if (decoded.startsWith(PREFIX)) {
        return Long.parseLong(decoded.substring(PREFIX.length()));
      }
    } catch (IllegalArgumentException e) {
      // Not base64, or no number after the prefix: an invalid cursor like any other.
    }
    throw JsonRpcError.invalidParams(
        "Invalid cursor: pass a nextCursor from an earlier answer, or none for the first page");
  }

  private static String encode(long sequence) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
  }
}
