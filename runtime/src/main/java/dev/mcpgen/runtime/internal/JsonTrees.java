package dev.mcpgen.runtime.internal;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes JSON trees without an {@code ObjectMapper}: building a mapper loads most of
 * databind (about 150 ms of a server's start-up), and every mapper call sets up a serialization
 * or deserialization context. Trees come out as the mapper's {@code readTree} makes them (ints,
 * longs and big integers by size, other numbers as doubles, the last of duplicate names
 * winning), and go out as its bytes; see {@link TreeReader} and {@link TreeWriter}.
 */
public final class JsonTrees {
  /** For JSON the runtime and generated code wrote (definitions, defaults): deep enough. */
  private static final int TRUSTED_DEPTH = 1000;

  private JsonTrees() {}

  /** The tree of {@code json}, one value with nothing after it. */
  public static JsonNode read(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return read(bytes, TRUSTED_DEPTH, Integer.MAX_VALUE);
  }

  /**
   * The one value of {@code bytes}, UTF-8 JSON, or {@code null} when they hold only whitespace.
   *
   * @throws tools.jackson.core.JacksonException when the bytes are not one JSON value, nest
   *     deeper than {@code maxDepth} or hold a string longer than {@code maxStringLength}
   */
  public static JsonNode read(byte[] bytes, int maxDepth, int maxStringLength) {
    return TreeReader.read(bytes, maxDepth, maxStringLength);
  }

  /**
   * Compact UTF-8 JSON of {@code tree}, which never contains a raw line break. A tree holding a
   * POJO (a tool may put one into its result) goes through the mapper, the one thing that needs
   * it.
   */
  public static byte[] write(JsonNode tree) {
    byte[] written = TreeWriter.write(tree);
    return written != null ? written : Json.MAPPER.writeValueAsBytes(tree);
  }
}
