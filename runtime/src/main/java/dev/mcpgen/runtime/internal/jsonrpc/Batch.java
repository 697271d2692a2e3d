package dev.mcpgen.runtime.internal.jsonrpc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Gathers the responses to one batch and sends them as one array once all have arrived; a
 * cancelled request has none in it.
 */
final class Batch implements MessageSink {
  private final MessageSink sink;
  private final ArrayNode responses = JsonNodeFactory.instance.arrayNode();
  private final ArrayNode cancelledAnswers = JsonNodeFactory.instance.arrayNode();
  private int missing;

  /** A batch waiting for {@code expected} (at least one) responses. */
  Batch(MessageSink sink, int expected) {
    this.sink = sink;
    this.missing = expected;
  }

  /** Adds a response; may be called from any thread. */
  @Override
  public void send(JsonNode response) {
    arrived(response, responses);
  }

  /** Leaves a cancelled request out, unless the whole batch was cancelled. */
  @Override
  public void cancelled(JsonNode cancelledAnswer) {
    arrived(cancelledAnswer, cancelledAnswers);
  }

  private void arrived(JsonNode answer, ArrayNode into) {
    synchronized (this) {
      into.add(answer);
      if (--missing > 0) {
        return;
      }
    }
    if (responses.isEmpty()) {
      sink.cancelled(cancelledAnswers);
    } else {
      sink.send(responses);
    }
  }
}
