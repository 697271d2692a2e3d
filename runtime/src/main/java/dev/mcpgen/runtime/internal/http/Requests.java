package dev.mcpgen.runtime.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads what the host needs from a request: its body, within a limit, and its media types. */
final class Requests {
  private Requests() {}

  /**
   * The whole body, refused with 413 as soon as it passes {@code maxBytes}: a declared
   * {@code Content-Length} is checked before reading, a chunked body while reading.
   *
   * @throws IOException when the client goes before sending it all
   */
  static byte[] body(Exchange exchange, int maxBytes) throws HttpError, IOException {
    String declared = exchange.header("Content-Length");
    long length = declared == null ? -1 : parseLong(declared.trim());
    if (length > maxBytes) {
      throw tooLarge(exchange.body(), maxBytes);
    }
    // A declared length sizes the buffers; the loop still stops at the limit, whatever comes.
    ByteArrayOutputStream body = new ByteArrayOutputStream(length >= 0 ? (int) length : 256);
    byte[] buffer = new byte[length >= 0 ? (int) Math.min(Math.max(length, 1), 8192) : 8192];
    try (InputStream in = exchange.body()) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        if (body.size() + read > maxBytes) {
          throw tooLarge(in, maxBytes);
        }
        body.write(buffer, 0, read);
      }
    }
    return body.toByteArray();
  }

  /** @throws HttpError 415 unless the body is declared {@code application/json} */
  static void requireJson(Exchange exchange) throws HttpError {
    String type = exchange.header("Content-Type");
    if (type == null || !mediaType(type).equals(Responses.JSON)) {
      throw HttpError.of(415, "Unsupported Media Type: send JSON-RPC as Content-Type: "
          + "application/json, not " + (type == null ? "no Content-Type" : mediaType(type)));
    }
  }

  /**
   * Whether the {@code Accept} headers admit {@code type}: listed, or matched by
   * {@code type/*} or {@code *}{@code /*}. No {@code Accept} admits anything.
   */
  static boolean accepts(Exchange exchange, String type) {
    boolean any = false;
    for (String header : exchange.headers("Accept")) {
      any = true;
      for (String range : header.split(",")) {
        String media = mediaType(range);
        if (media.equals(type) || media.equals("*/*")
            || media.equals(type.substring(0, type.indexOf('/')) + "/*")) {
          return true;
        }
      }
    }
    return !any;
  }

  /** The value of query parameter {@code name}, decoded, or {@code null}. */
  static String queryParameter(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (name.equals(decode(key))) {
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  /** Percent-decodes a path segment or query part; {@code null} when it is malformed. */
  static String decode(String part) {
    try {
      return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Percent-encodes {@code segment} for a URL path: all but RFC 3986's unreserved characters. */
  static String encode(String segment) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", (int) c));
      }
    }
    return encoded.toString();
  }

  private static String mediaType(String value) {
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).trim()
        .toLowerCase(Locale.ROOT);
  }

  private static long parseLong(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The 413 refusal, after reading and dropping up to another {@code maxBytes} of the body: a
   * client still sending when the answer comes would likely lose it to the connection's reset.
   * Nothing is kept, so memory stays bounded; a body longer still is cut off.
   */
  private static HttpError tooLarge(InputStream in, int maxBytes) {
    try {
      long dropped = 0;
      byte[] sink = new byte[8192];
      for (int read = in.read(sink); read >= 0 && dropped < maxBytes; read = in.read(sink)) {
        dropped += read;
      }
    } catch (IOException e) {
      // The client has gone: it will not read the answer either.
    }
    return HttpError.of(413, "Content Too Large: the host takes request bodies of at most "
        + maxBytes + " bytes (mcpgen.http.maxRequestBytes)");
  }
}
