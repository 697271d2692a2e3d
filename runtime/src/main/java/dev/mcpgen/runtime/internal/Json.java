package dev.mcpgen.runtime.internal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the runtime and of generated code, configured once. */
public final class Json {
  /**
   * Keeps declaration order (Jackson 3 sorts properties by default), so structured results
   * match their output schemas property for property; ignores unknown properties, as the input
   * schemas allow them.
   */
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private Json() {}
}
