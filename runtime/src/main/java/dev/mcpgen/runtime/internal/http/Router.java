package dev.mcpgen.runtime.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the endpoint a path names:
 *
 * <pre>
 * /{server}/mcp                          Streamable HTTP
 * /{server}/sse, /{server}/messages      legacy HTTP+SSE
 * /{server}/{userId}[:{apiKey}]          the seed's legacy form, naming the user ...
 * /{server}/{userId}[:{apiKey}]/messages[/]    ... and its messages
 * /mcp, /sse, /messages                  the same, when the host serves one server
 * </pre>
 *
 * A user id cannot be {@code mcp}, {@code sse} or {@code messages} in the seed's form.
 */
final class Router {
  private final Map<String, HostedServer> servers;
  private final StreamableEndpoint streamable;
  private final LegacySseEndpoint legacy;

  Router(Map<String, HostedServer> servers, StreamableEndpoint streamable,
      LegacySseEndpoint legacy) {
    this.servers = servers;
    this.streamable = streamable;
    this.legacy = legacy;
  }

  void route(Exchange exchange) throws HttpError, IOException {
    String[] segments = exchange.path().substring(1).split("/", -1);
    if (segments.length == 1 && servers.size() == 1
        && endpoint(exchange, servers.values().iterator().next(), segments[0])) {
      return;
    }
    HostedServer server = segments.length >= 2 ? servers.get(Requests.decode(segments[0])) : null;
    if (server == null || segments[1].isEmpty()) {
      throw notFound();
    }
    if (segments.length == 2) {
      if (!endpoint(exchange, server, segments[1])) {
        legacy.open(exchange, server, segments[1]);
      }
      return;
    }
    boolean messages = segments[2].equals("messages")
        && (segments.length == 3 || (segments.length == 4 && segments[3].isEmpty()));
    if (!messages) {
      throw notFound();
    }
    legacy.post(exchange, server, segments[1]);
  }

  /** Serves {@code name} if it names an endpoint of {@code server}. */
  private boolean endpoint(Exchange exchange, HostedServer server, String name)
      throws HttpError, IOException {
    switch (name) {
      case "mcp" -> streamable.handle(exchange, server);
      case "sse" -> legacy.open(exchange, server, null);
      case "messages" -> legacy.post(exchange, server, null);
      default -> {
        return false;
      }
    }
    return true;
  }

  private HttpError notFound() {
    List<String> paths = new ArrayList<>();
    servers.keySet().forEach(name -> paths.add("/" + Requests.encode(name) + "/mcp"));
    return HttpError.of(404,
        "Not Found: this host serves " + String.join(", ", paths) + " and /health");
  }
}
