package dev.mcpgen.runtime.internal;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes JSON trees with jackson-core's streaming parser and generator, without an
 * {@code ObjectMapper}: building a mapper loads most of databind (about 150 ms of a server's
 * start-up), and every mapper call sets up a serialization or deserialization context. Trees
 * come out as the mapper's {@code readTree} makes them: ints, longs and big integers by size,
 * other numbers as doubles, the last of duplicate names winning.
 */
public final class JsonTrees {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /** The tree of {@code json}, one value with nothing after it. */
  public static JsonNode read(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return read(parser);
    }
  }

  /**
   * The one value {@code parser} holds, or {@code null} when it holds only whitespace; the
   * parser's factory sets the limits (nesting depth, string length).
   *
   * @throws tools.jackson.core.JacksonException when the input is not one JSON value
   */
  public static JsonNode read(JsonParser parser) {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return null;
    }
    JsonNode value = value(parser, first);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      throw new StreamReadException(parser,
          "Trailing token (of type " + trailing + ") found after value");
    }
    return value;
  }

  /** The value starting at {@code token}; recursion is bounded by the parser's nesting limit. */
  private static JsonNode value(JsonParser parser, JsonToken token) {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new StreamReadException(parser, "Unexpected token " + token);
    };
  }

  private static ObjectNode object(JsonParser parser) {
    ObjectNode object = NODES.objectNode();
    String name;
    while ((name = parser.nextName()) != null) {
      object.set(name, value(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) {
    ArrayNode array = NODES.arrayNode();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      array.add(value(parser, token));
    }
    return array;
  }

  private static JsonNode integer(JsonParser parser) {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  /** Compact UTF-8 JSON of {@code tree}, which never contains a raw line break. */
  public static byte[] write(JsonNode tree) {
    byte[] written = TreeWriter.write(tree);
    return written != null ? written : generate(tree);
  }

  /** Through a generator, for trees that hold a POJO only the mapper can write. */
  private static byte[] generate(JsonNode tree) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = FACTORY.createGenerator(bytes)) {
      write(tree, generator);
    }
    return bytes.toByteArray();
  }

  private static void write(JsonNode tree, JsonGenerator generator) {
    switch (tree.getNodeType()) {
      case OBJECT -> {
        generator.writeStartObject();
        for (Map.Entry<String, JsonNode> property : tree.properties()) {
          generator.writeName(property.getKey());
          write(property.getValue(), generator);
        }
        generator.writeEndObject();
      }
      case ARRAY -> {
        generator.writeStartArray();
        for (JsonNode item : tree) {
          write(item, generator);
        }
        generator.writeEndArray();
      }
      case STRING -> generator.writeString(tree.stringValue());
      case NUMBER -> number(tree, generator);
      case BOOLEAN -> generator.writeBoolean(tree.booleanValue());
      case NULL -> generator.writeNull();
      case BINARY -> generator.writeBinary(tree.binaryValue());
      // A POJO a tool put into its result is the only thing that needs the mapper.
      default -> Json.MAPPER.writeValue(generator, tree);
    }
  }

  private static void number(JsonNode number, JsonGenerator generator) {
    switch (number.numberType()) {
      case INT -> generator.writeNumber(number.intValue());
      case LONG -> generator.writeNumber(number.longValue());
      case BIG_INTEGER -> generator.writeNumber(number.bigIntegerValue());
      case FLOAT -> generator.writeNumber(number.floatValue());
      case BIG_DECIMAL -> generator.writeNumber(number.decimalValue());
      default -> generator.writeNumber(number.doubleValue());
    }
  }
}
