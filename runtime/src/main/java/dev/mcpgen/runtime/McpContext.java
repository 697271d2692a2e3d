package dev.mcpgen.runtime;

import java.util.List;

/**
 * What a running tool call can reach besides its arguments. Declare a parameter of this type on
 * an {@code @McpTool} method to receive it; it is supplied by the runtime and never appears in
 * the tool's input schema.
 */
public interface McpContext {
  /** The user this call runs for. */
  UserContext user();

  /** Shorthand for {@code user().userId()}. */
  default String userId() {
    return user().userId();
  }

  /**
   * The calling user's state in this server, in memory or durable as the host is configured.
   * The runtime's contexts implement it; the default, for contexts made by hand, has none.
   *
   * @throws ToolException when the user id cannot name stored state
   * @throws UnsupportedOperationException when this context has no store
   */
  default Store store() {
    throw new UnsupportedOperationException("This context has no store");
  }

  /**
   * The calling user's credentials for {@code service}, read as {@code type} (an
   * {@link ApiKey}, an {@link OAuthToken}, refreshed before it expires, or a type of your own
   * matching the stored JSON); read once per user instance, then cached.
   *
   * <pre>{@code
   * OAuthToken token = ctx.credentials("github", OAuthToken.class);
   * request.header("Authorization", "Bearer " + token.accessToken());
   * }</pre>
   *
   * @throws ToolException when the user has none yet, telling them which {@code auth} command
   *     to run, or when they cannot be read or refreshed
   * @throws UnsupportedOperationException when this context has no credentials
   */
  default <C> C credentials(String service, Class<C> type) {
    throw new UnsupportedOperationException("This context has no credentials");
  }

  /**
   * Reports progress to the client when it asked for it (a {@code progressToken} in the
   * request's {@code _meta}); otherwise does nothing. {@code progress} should grow with each
   * call.
   *
   * @param total the amount of work in all, or {@code null} when unknown
   * @param message what is being done now, or {@code null}
   */
  default void progress(double progress, Double total, String message) {}

  /** Shorthand for {@code progress(progress, total, null)}. */
  default void progress(double progress, double total) {
    progress(progress, total, null);
  }

  /**
   * Sends a log message to the client ({@code notifications/message}) when {@code level} is at
   * least the level it set with {@code logging/setLevel}. Never logs a secret: the client may
   * show it to anyone.
   */
  default void log(LogLevel level, String message) {}

  /**
   * Sends a structured log message to the client: {@code data} is written as JSON.
   *
   * @param logger the name of the part that logs, or {@code null}
   */
  default void log(LogLevel level, String logger, Object data) {}

  /**
   * Whether the client cancelled this call ({@code notifications/cancelled}) or went away. A
   * long call should check now and then and stop; its answer is not sent (over Streamable HTTP
   * a "Request cancelled" error ends the request's POST instead).
   */
  default boolean isCancelled() {
    return false;
  }

  /**
   * Asks the client to sample its language model and waits for the answer, for at most the
   * host's client request timeout ({@code mcpgen.clientRequestTimeout}, 5 minutes by default).
   *
   * @throws ToolException when the client cannot sample (no {@code sampling} capability),
   *     refuses, does not answer in time, or the call is cancelled
   */
  default SamplingResult sample(SamplingRequest request) {
    throw new UnsupportedOperationException("This context cannot reach a client");
  }

  /**
   * Asks the user to fill in a form ({@code elicitation/create}, form mode) and waits for the
   * answer. The form is a record annotated {@code @McpForm}; its schema was generated at
   * compile time.
   *
   * <pre>{@code
   * ElicitResult<Contact> answer = ctx.elicit("Who should we notify?", Contact.class);
   * if (answer.accepted()) notify(answer.content().email());
   * }</pre>
   *
   * @throws ToolException when the client cannot elicit, does not answer in time, sends content
   *     that does not fit the form, or the call is cancelled
   * @throws IllegalArgumentException when {@code form} is not annotated {@code @McpForm}
   */
  default <T> ElicitResult<T> elicit(String message, Class<T> form) {
    throw new UnsupportedOperationException("This context cannot reach a client");
  }

  /**
   * Asks the user to open {@code url} ({@code elicitation/create}, URL mode), e.g. to sign in
   * somewhere without the secret passing through the client; waits for their consent, not for
   * what they do there. Call {@link #elicitationComplete} with {@code elicitationId} once the
   * interaction at the URL has finished.
   *
   * @param elicitationId an id of your choosing, unique among this user's elicitations
   * @throws ToolException when the client cannot elicit URLs, does not answer in time, or the
   *     call is cancelled
   */
  default ElicitResult<Void> elicitUrl(String message, String url, String elicitationId) {
    throw new UnsupportedOperationException("This context cannot reach a client");
  }

  /** Tells the client the URL elicitation {@code elicitationId} has finished. */
  default void elicitationComplete(String elicitationId) {}

  /**
   * The roots the client shares ({@code roots/list}).
   *
   * @throws ToolException when the client has no {@code roots} capability or does not answer
   *     in time
   */
  default List<Root> roots() {
    throw new UnsupportedOperationException("This context cannot reach a client");
  }

  /** What this call's server instance can tell its clients on its own. */
  default ServerControl server() {
    return ServerControl.none();
  }

  /**
   * Over Streamable HTTP with protocol 2025-11-25 or later, closes the event stream this call
   * answers on, so that the client reconnects (polls) for the rest of it: a long call then
   * holds no connection. Progress, logs and the result sent meanwhile wait for the client.
   * Elsewhere it does nothing.
   */
  default void closeStream() {}
}
