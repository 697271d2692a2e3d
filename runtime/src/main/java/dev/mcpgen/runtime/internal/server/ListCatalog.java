package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.internal.JsonTrees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One list of definitions a server declares ({@code resources}, {@code resourceTemplates},
 * {@code prompts}), parsed once and served in pages. A definition that cannot be read fails at
 * start-up, with the server and entry named.
 */
final class ListCatalog {
  private final String key;
  private final List<ObjectNode> definitions;
  private final int pageSize;
  private final String idField;

  private ListCatalog(String key, String idField, List<ObjectNode> definitions, int pageSize) {
    this.key = key;
    this.idField = idField;
    this.definitions = definitions;
    this.pageSize = pageSize;
  }

  /**
   * Parses {@code json}, each entry an object with a non-empty string {@code idField}, unique.
   *
   * @throws IllegalStateException naming {@code server} and the entry when one is not valid
   */
  static ListCatalog of(String server, String key, String idField, List<String> json,
      int pageSize) {
    List<ObjectNode> definitions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String entry : json) {
      String where = "Server '" + server + "', " + key + " definition " + (definitions.size() + 1);
      ObjectNode definition = parse(entry, where);
      JsonNode id = definition.get(idField);
      if (id == null || !id.isString() || id.stringValue().isEmpty()) {
        throw new IllegalStateException(where + " has no " + idField);
      }
      if (!ids.add(id.stringValue())) {
        throw new IllegalStateException(
            where + ": a second entry with " + idField + " '" + id.stringValue() + "'");
      }
      definitions.add(definition);
    }
    return new ListCatalog(key, idField, List.copyOf(definitions), pageSize);
  }

  /** A generated definition as an object; {@code where} names it in the error. */
  static ObjectNode parse(String json, String where) {
    try {
      if (JsonTrees.read(json) instanceof ObjectNode object) {
        return object;
      }
    } catch (JacksonException e) {
      throw new IllegalStateException(where + " is not JSON: " + e.getOriginalMessage(), e);
    }
    throw new IllegalStateException(where + " is not a JSON object");
  }

  boolean isEmpty() {
    return definitions.isEmpty();
  }

  List<ObjectNode> definitions() {
    return definitions;
  }

  /** The page {@code cursor} starts ({@code null} for the first). */
  ObjectNode list(JsonNode cursor) {
    return Pages.page(definitions, key, cursor, pageSize);
  }

  /** The page {@code cursor} starts, of the entries whose id {@code visible} accepts. */
  ObjectNode list(JsonNode cursor, Predicate<String> visible) {
    List<ObjectNode> shown = definitions.stream()
        .filter(definition -> visible.test(definition.get(idField).stringValue()))
        .toList();
    return Pages.page(shown, key, cursor, pageSize);
  }

  /** Whether an entry has the id {@code id}. */
  boolean contains(String id) {
    return definitions.stream().anyMatch(d -> d.get(idField).stringValue().equals(id));
  }
}
