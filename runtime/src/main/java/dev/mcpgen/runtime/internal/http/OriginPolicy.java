package dev.mcpgen.runtime.internal.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guards against DNS rebinding: a web page a user visits must not reach a server on their
 * machine. A request whose {@code Origin} is not allowed is refused with 403, as 2025-11-25
 * requires; so is one whose {@code Host} is not a name the host answers to. Requests without an
 * {@code Origin} (non-browser clients) pass.
 *
 * <p>Pages served from {@code localhost}, {@code 127.0.0.1} or {@code [::1]} (any scheme and
 * port) are always allowed, others only when listed, as {@code scheme://host[:port]}, or all
 * with {@code *}.
 */
public final class OriginPolicy {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  private final Set<String> allowedOrigins;
  private final Set<String> allowedHosts;

  /**
   * @param allowedOrigins origins allowed besides loopback ones
   * @param allowedHosts the names clients may reach the host by (loopback names included), or
   *     an empty set to accept any {@code Host}, as behind a proxy or on all interfaces
   */
  public OriginPolicy(Set<String> allowedOrigins, Set<String> allowedHosts) {
    this.allowedOrigins = lowerCase(allowedOrigins);
    this.allowedHosts = lowerCase(allowedHosts);
  }

  /** Loopback names only: for a host bound to a loopback address. */
  public static Set<String> loopbackHosts() {
    return LOOPBACK;
  }

  /** @throws HttpError 403 when the origin or the host name is not allowed */
  void check(Exchange exchange) throws HttpError {
    String origin = exchange.header("Origin");
    if (origin != null && !originAllowed(origin.trim())) {
      throw HttpError.of(403, "Forbidden: origin " + abbreviate(origin) + " is not allowed; "
          + "start the host with --allowed-origin " + abbreviate(origin) + " to allow it");
    }
    String host = exchange.header("Host");
    if (host != null && !allowedHosts.isEmpty() && !allowedHosts.contains(hostName(host))) {
      throw HttpError.of(403, "Forbidden: host name " + abbreviate(hostName(host))
          + " is not allowed; start the host with --allowed-host to allow it");
    }
  }

  private boolean originAllowed(String origin) {
    String lower = origin.toLowerCase(Locale.ROOT);
    if (allowedOrigins.contains("*") || allowedOrigins.contains(lower)) {
      return true;
    }
    try {
      String host = new URI(lower).getHost();
      return host != null && LOOPBACK.contains(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code Host: [::1]:8000} names {@code [::1]}; {@code localhost:8000} names localhost. */
  private static String hostName(String host) {
    String lower = host.trim().toLowerCase(Locale.ROOT);
    int colon = lower.lastIndexOf(':');
    return colon > lower.lastIndexOf(']') ? lower.substring(0, colon) : lower;
  }

  /** Headers are attacker-controlled: never echo much of them. */
  private static String abbreviate(String value) {
    return value.length() <= 100 ? value : value.substring(0, 100) + "...";
  }

  private static Set<String> lowerCase(Set<String> values) {
    return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
