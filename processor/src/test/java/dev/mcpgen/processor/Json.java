package dev.mcpgen.processor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses JSON in tests, so expected and actual JSON compare as trees, not text. */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }
}
