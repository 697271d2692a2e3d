package dev.mcpgen.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * The user's answer to an elicitation.
 *
 * @param action whether they accepted, declined or dismissed it
 * @param content what they entered, bound to the form's type; {@code null} unless accepted (and
 *     always for URL mode, whose answer travels out of band)
 * @param <T> the form's type
 */
public record ElicitResult<T>(Action action, T content) {
  public ElicitResult {
    Objects.requireNonNull(action, "action");
  }

  /** What the user did with the request. */
  public enum Action {
    /** They submitted the form (or consented to open the URL). */
    ACCEPT,
    /** They explicitly refused. */
    DECLINE,
    /** They dismissed it without choosing. */
    CANCEL
  }

  /** Whether the user accepted. */
  public boolean accepted() {
    return action == Action.ACCEPT;
  }

  /** The content, present when the user accepted a form. */
  public Optional<T> optionalContent() {
    return Optional.ofNullable(content);
  }
}
