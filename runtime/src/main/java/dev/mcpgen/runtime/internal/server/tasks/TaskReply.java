package dev.mcpgen.runtime.internal.server.tasks;

import dev.mcpgen.runtime.internal.jsonrpc.JsonRpcError;
import dev.mcpgen.runtime.internal.jsonrpc.MessageSink;
import dev.mcpgen.runtime.internal.jsonrpc.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes the answer of a tool call running as a task into its {@link Task}, where
 * {@code tasks/result} finds it. Messages about the call (progress, logs) go to the client's
 * outbound stream, since the {@code tools/call} itself was answered long ago, tagged with the
 * task as the spec requires.
 */
final class TaskReply implements Reply {
  private final Task task;
  private final MessageSink outbound;

  TaskReply(Task task, MessageSink outbound) {
    this.task = task;
    this.outbound = outbound;
  }

  @Override
  public void result(JsonNode result) {
    task.complete(result);
  }

  @Override
  public void error(JsonRpcError error) {
    task.fail(error);
  }

  @Override
  public void awaitingInput(boolean waiting) {
    task.awaitingInput(waiting);
  }

  @Override
  public void sendRelated(JsonNode message) {
    if (task.isTerminal()) {
      return;
    }
    ObjectNode tagged = (ObjectNode) message.deepCopy();
    JsonNode params = tagged.get("params");
    RelatedTask.tag(params instanceof ObjectNode object ? object : tagged.putObject("params"),
        task.id());
    outbound.send(tagged);
  }
}
