package dev.mcpgen.samples.simpletools;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A meeting to plan.
 *
 * @param title what the meeting is about
 * @param date the day it takes place
 * @param attendees who attends, by email
 * @param priority how urgent it is; normal when absent
 */
public record Meeting(
    String title, LocalDate date, List<String> attendees, Optional<Priority> priority) {

  /** How urgent a meeting is. */
  public enum Priority {
    LOW,
    NORMAL,
    HIGH
  }

  public Meeting {
    priority = priority == null ? Optional.empty() : priority;
  }
}
