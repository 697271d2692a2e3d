package dev.mcpgen.testkit;

import tools.jackson.databind.JsonNode;

/**
 * A notification the server sent to the test client, e.g. progress or a log message.
 *
 * @param method the notification's method, e.g. {@code notifications/progress}
 * @param params its parameters, or {@code null} when it has none
 */
public record Notification(String method, JsonNode params) {}
