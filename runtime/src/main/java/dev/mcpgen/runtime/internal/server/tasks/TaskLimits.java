package dev.mcpgen.runtime.internal.server.tasks;

import java.time.Duration;

/**
 * How many tasks a server keeps, and for how long, so that their results cannot fill the heap.
 *
 * @param maxPerUser the most tasks one user may have at once, finished ones included until they
 *     expire; a new task makes way for the user's oldest finished one, else is refused
 * @param maxTotal the most tasks of all users at once, with the same rule
 * @param defaultTtl how long a task is kept, from its creation, when the client asks for no
 *     {@code ttl}
 * @param maxTtl the longest {@code ttl} granted; longer requests are cut to it
 * @param pollInterval how often clients are told to poll a task ({@code tasks/get})
 */
public record TaskLimits(int maxPerUser, int maxTotal, Duration defaultTtl, Duration maxTtl,
    Duration pollInterval) {
  public TaskLimits {
    if (maxPerUser <= 0 || maxTotal <= 0) {
      throw new IllegalArgumentException("task limits must be positive");
    }
    if (defaultTtl.isNegative() || maxTtl.isNegative() || pollInterval.isNegative()) {
      throw new IllegalArgumentException("task durations must not be negative");
    }
  }

  /** 100 tasks per user, 1,000 in all, each kept for an hour at most, polled every second. */
  public static TaskLimits defaults() {
    return new TaskLimits(100, 1000, Duration.ofHours(1), Duration.ofHours(1),
        Duration.ofSeconds(1));
  }

  /** The ttl granted for {@code requested} milliseconds, or for none ({@code null}). */
  long grantedTtlMillis(Long requested) {
    long max = maxTtl.toMillis();
    return requested == null ? Math.min(defaultTtl.toMillis(), max) : Math.min(requested, max);
  }
}
