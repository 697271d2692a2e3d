package dev.mcpgen.testkit;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An MCP client connected in memory to a server, for tests: no sockets and no process, but every
 * message goes through the runtime's real JSON-RPC path as bytes, exactly as over stdio or HTTP.
 * The client is initialized when you get it (protocol {@value #PROTOCOL_VERSION}).
 *
 * <pre>{@code
 * try (McpTestClient client = McpTestClient.of(SimpleTools.class)) {
 *   assertThat(client.callTool("add", Map.of("a", 2, "b", 3))).isNotError().hasText("5");
 *   McpTestClient bob = client.forUser("bob"); // same server, another user
 * }
 * }</pre>
 *
 * <p>Methods without a shortcut here (completions, subscriptions, logging/setLevel) are one
 * {@link #request} away. The client declares the elicitation, sampling and roots capabilities,
 * and answers those server requests with the handlers you register ({@link #onElicitation},
 * {@link #onSampling}, {@code onRequest("roots/list", ...)}). Thread-safe.
 */
public final class McpTestClient implements AutoCloseable {
  /** The protocol revision the client asks for in {@code initialize}. */
  public static final String PROTOCOL_VERSION = "2025-11-25";

  private final Server server;
  private final String userId;
  private final Exchange exchange;
  private final JsonNode initializeResult;
  private final List<McpTestClient> otherUsers = new CopyOnWriteArrayList<>();

  private McpTestClient(Server server, UserContext user) {
    this.server = server;
    this.userId = user.userId();
    this.exchange = new Exchange(server, user);
    this.initializeResult = exchange.request("initialize", initializeParams());
    exchange.notify("notifications/initialized");
  }

  /**
   * A client of the server generated from {@code serverClass} (its {@code <Class>McpFactory}),
   * for the local user.
   *
   * @throws IllegalArgumentException when the class has no generated factory
   */
  public static McpTestClient of(Class<?> serverClass) {
    return of(Factories.forServerClass(serverClass));
  }

  /** A client of a new server made by {@code factory}, for the local user. */
  public static McpTestClient of(ServerFactory factory) {
    return of(Server.of(factory));
  }

  static McpTestClient of(Server server) {
    return new McpTestClient(server, UserContext.of(UserContext.LOCAL_USER));
  }

  /**
   * Another client of the same server, for {@code userId}: it reaches that user's server
   * instance, as a second user of an HTTP host would. Closed with this client.
   */
  public McpTestClient forUser(String userId) {
    return forUser(UserContext.of(userId));
  }

  /**
   * Another client of the same server, for {@code userId} holding an OAuth token that grants
   * only {@code scopes}: tools needing other scopes are absent from its {@code tools/list} and
   * its calls of them fail. Closed with this client.
   *
   * <pre>{@code
   * McpTestClient reader = client.forUser("alice", Set.of("notes:read"));
   * assertThrows(McpRequestException.class, () -> reader.callTool("add_note", args));
   * }</pre>
   */
  public McpTestClient forUser(String userId, Set<String> scopes) {
    return forUser(new UserContext(userId, null, Set.copyOf(scopes)));
  }

  private McpTestClient forUser(UserContext user) {
    McpTestClient other = new McpTestClient(server, user);
    otherUsers.add(other);
    return other;
  }

  /** The user this client calls as; {@code local} unless made by {@link #forUser}. */
  public String userId() {
    return userId;
  }

  /** What the server answered to {@code initialize}: serverInfo, capabilities, instructions. */
  public JsonNode initializeResult() {
    return initializeResult;
  }

  /** Every tool of {@code tools/list}, each as sent, following the pages to the end. */
  public List<JsonNode> listTools() {
    return listAll("tools/list", "tools");
  }

  /** Every resource of {@code resources/list}, each as sent, following the pages to the end. */
  public List<JsonNode> listResources() {
    return listAll("resources/list", "resources");
  }

  /** Every template of {@code resources/templates/list}, each as sent, to the end. */
  public List<JsonNode> listResourceTemplates() {
    return listAll("resources/templates/list", "resourceTemplates");
  }

  /** Every prompt of {@code prompts/list}, each as sent, following the pages to the end. */
  public List<JsonNode> listPrompts() {
    return listAll("prompts/list", "prompts");
  }

  private List<JsonNode> listAll(String method, String key) {
    List<JsonNode> items = new ArrayList<>();
    JsonNode cursor = null;
    do {
      ObjectNode params = Json.MAPPER.createObjectNode();
      JsonNode page = exchange.request(method,
          cursor == null ? params : params.put("cursor", cursor.asString()));
      page.path(key).forEach(items::add);
      cursor = page.get("nextCursor");
    } while (cursor != null && !cursor.isNull());
    return items;
  }

  /**
   * Reads the resource at {@code uri}; the result's {@code contents} as sent.
   *
   * @throws McpRequestException when the server answers with a JSON-RPC error (-32002 when it
   *     has no resource at {@code uri})
   */
  public JsonNode readResource(String uri) {
    return exchange.request("resources/read", Json.MAPPER.createObjectNode().put("uri", uri));
  }

  /**
   * Gets prompt {@code name} filled in with {@code arguments} (strings); the result as sent.
   *
   * @param arguments argument values by name; {@code null} sends none
   * @throws McpRequestException when the server answers with a JSON-RPC error (-32602 for an
   *     unknown prompt or a missing required argument)
   */
  public JsonNode getPrompt(String name, Map<String, String> arguments) {
    ObjectNode params = Json.MAPPER.createObjectNode().put("name", name);
    if (arguments != null) {
      params.set("arguments", Json.MAPPER.valueToTree(arguments));
    }
    return exchange.request("prompts/get", params);
  }

  /**
   * Calls tool {@code name}. A failure the tool reports is a result with {@code isError}; a
   * protocol error (an unknown tool) throws.
   *
   * @param arguments a map, a record or a {@link JsonNode}; {@code null} sends none
   * @throws McpRequestException when the server answers with a JSON-RPC error
   */
  public ToolResult callTool(String name, Object arguments) {
    ObjectNode params = Json.MAPPER.createObjectNode().put("name", name);
    if (arguments != null) {
      params.set("arguments", Json.MAPPER.valueToTree(arguments));
    }
    return new ToolResult(exchange.request("tools/call", params));
  }

  /**
   * Sends any request and returns its result, e.g.
   * {@code client.request("resources/read", Map.of("uri", "notes://1"))}.
   *
   * @param params a map, a record or a {@link JsonNode}; {@code null} sends none
   * @throws McpRequestException when the server answers with a JSON-RPC error
   */
  public JsonNode request(String method, Object params) {
    return exchange.request(method, params == null ? null : Json.MAPPER.valueToTree(params));
  }

  /** The notifications the server sent this client so far (progress, log messages...). */
  public List<Notification> notifications() {
    return exchange.notifications();
  }

  /** Answers the server's {@code elicitation/create} requests with {@code handler}. */
  public McpTestClient onElicitation(ServerRequestHandler handler) {
    return onRequest("elicitation/create", handler);
  }

  /** Answers the server's {@code sampling/createMessage} requests with {@code handler}. */
  public McpTestClient onSampling(ServerRequestHandler handler) {
    return onRequest("sampling/createMessage", handler);
  }

  /**
   * Answers the server's requests of {@code method} (e.g. {@code roots/list}) with
   * {@code handler}. Requests with no handler are answered with error -32601.
   */
  public McpTestClient onRequest(String method, ServerRequestHandler handler) {
    exchange.handle(method, handler);
    return this;
  }

  /** Closes this client and those of {@link #forUser}: requests waiting fail, new ones throw. */
  @Override
  public void close() {
    otherUsers.forEach(McpTestClient::close);
    exchange.close();
  }

  private static ObjectNode initializeParams() {
    ObjectNode params = Json.MAPPER.createObjectNode().put("protocolVersion", PROTOCOL_VERSION);
    ObjectNode capabilities = params.putObject("capabilities");
    capabilities.putObject("elicitation").putObject("form");
    capabilities.putObject("sampling");
    capabilities.putObject("roots");
    params.putObject("clientInfo").put("name", "mcpgen-testkit").put("version", "1");
    return params;
  }
}
