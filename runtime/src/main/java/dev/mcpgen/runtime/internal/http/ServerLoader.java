package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.spi.ServerFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the servers on a class path for a host serving them all. Unlike stdio, which runs one
 * server and must stop if it is broken, a host serves the servers that load and reports the
 * others, with the reason, on {@code /health} and at start-up: never skipped silently.
 */
public final class ServerLoader {
  /** A guard against a class path whose errors never end. */
  private static final int MAX_FAILURES = 1000;

  private ServerLoader() {}

  /**
   * A server that could not be loaded.
   *
   * @param factory the factory's class name, or the service file entry
   * @param reason what went wrong
   */
  public record Failure(String factory, String reason) {}

  /**
   * What was found.
   *
   * @param factories the factories that could be instantiated
   * @param failures the ones that could not
   */
  public record Found(List<ServerFactory> factories, List<Failure> failures) {}

  /** Instantiates every {@link ServerFactory} registered on {@code loader}'s class path. */
  public static Found load(ClassLoader loader) {
    List<ServerFactory> factories = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Iterator<ServerFactory> it = ServiceLoader.load(ServerFactory.class, loader).iterator();
    while (failures.size() < MAX_FAILURES) {
      try {
        if (!it.hasNext()) {
          break;
        }
        factories.add(it.next());
      } catch (ServiceConfigurationError e) {
        failures.add(new Failure(provider(e), reason(e)));
      }
    }
    return new Found(factories, failures);
  }

  /** What went wrong, with the cause that says why. */
  public static String reason(Throwable e) {
    StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      reason.append(": ").append(cause);
    }
    return reason.toString();
  }

  /** ServiceLoader names the provider in its message: "...: Provider x.Y could not be ...". */
  private static String provider(ServiceConfigurationError e) {
    String message = String.valueOf(e.getMessage());
    int start = message.indexOf("Provider ");
    if (start < 0) {
      return "?";
    }
    int end = message.indexOf(' ', start + "Provider ".length());
    return message.substring(start + "Provider ".length(), end < 0 ? message.length() : end);
  }
}
