package dev.mcpgen.testkit;

import tools.jackson.databind.JsonNode;

/**
 * Answers one kind of request that the server sends to the client, such as elicitation or
 * sampling, with a value the test supplies.
 *
 * <pre>{@code
 * client.onElicitation(params ->
 *     Map.of("action", "accept", "content", Map.of("name", "Ada")));
 * }</pre>
 */
@FunctionalInterface
public interface ServerRequestHandler {
  /**
   * The result to send: a {@link JsonNode}, or anything Jackson turns into JSON (a map, a
   * record); {@code null} sends an empty object. Throw {@link McpRequestException} to answer with
   * that error instead; any other exception is answered as an internal error naming it.
   *
   * @param params the request's parameters, or {@code null} when it has none
   */
  Object handle(JsonNode params) throws Exception;
}
