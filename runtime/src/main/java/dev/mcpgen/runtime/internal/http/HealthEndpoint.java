package dev.mcpgen.runtime.internal.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /health}: the servers served, each one's live sessions and instances, the servers
 * that failed to load and why, and the host's open streams and exchanges under way. Status
 * {@code ok}, or {@code degraded} while some server failed to load.
 */
final class HealthEndpoint {
  private final HttpHost host;

  HealthEndpoint(HttpHost host) {
    this.host = host;
  }

  void handle(Exchange exchange) throws HttpError, IOException {
    if (!exchange.method().equals("GET")) {
      throw HttpError.methodNotAllowed(exchange.method(), "GET");
    }
    Responses.json(exchange, 200, health(), Map.of("Cache-Control", "no-store"));
  }

  ObjectNode health() {
    ObjectNode health = JsonNodeFactory.instance.objectNode();
    List<ServerLoader.Failure> failures = host.failures();
    health.put("status", host.isClosing() ? "closing" : failures.isEmpty() ? "ok" : "degraded");
    ArrayNode servers = health.putArray("servers");
    for (HostedServer server : host.servers()) {
      servers.addObject()
          .put("name", server.name())
          .put("version", server.core().info().version())
          .put("path", "/" + Requests.encode(server.name()) + "/mcp")
          .put("sessions", host.sessions().size(server.name()))
          .put("instances", host.instances().instances(server.name()));
    }
    ArrayNode failed = health.putArray("failed");
    for (ServerLoader.Failure failure : failures) {
      failed.addObject().put("factory", failure.factory()).put("reason", failure.reason());
    }
    HttpHost.Counts counts = host.counts();
    health.put("sessions", counts.sessions())
        .put("instances", counts.instances())
        .put("streams", counts.streams())
        .put("exchanges", counts.exchanges());
    return health;
  }
}
