package dev.mcpgen.runtime;

import java.util.Locale;

/** The severity of a log message sent to the client, as in RFC 5424 (least severe first). */
public enum LogLevel {
  DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

  /** The level's name on the wire, e.g. {@code "warning"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The level named {@code name} on the wire.
   *
   * @throws IllegalArgumentException when no level has that name
   */
  public static LogLevel fromWireName(String name) {
    for (LogLevel level : values()) {
      if (level.wireName().equals(name)) {
        return level;
      }
    }
    throw new IllegalArgumentException("Unknown log level '" + name + "'; expected one of "
        + "debug, info, notice, warning, error, critical, alert, emergency");
  }
}
