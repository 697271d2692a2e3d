package dev.mcpgen.runtime.internal.jsonrpc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Gathers the responses to one batch and sends them as one array once all have arrived. */
final class Batch {
  private final MessageSink sink;
  private final ArrayNode responses = JsonNodeFactory.instance.arrayNode();
  private int missing;

  /** A batch waiting for {@code expected} (at least one) responses. */
  Batch(MessageSink sink, int expected) {
    this.sink = sink;
    this.missing = expected;
  }

  /** Adds a response; may be called from any thread. */
  void add(JsonNode response) {
    synchronized (this) {
      responses.add(response);
      if (--missing > 0) {
        return;
      }
    }
    sink.send(responses);
  }
}
