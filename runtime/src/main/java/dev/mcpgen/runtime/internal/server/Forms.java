package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.internal.JsonTrees;
import dev.mcpgen.runtime.internal.schema.JsonSchema;
import dev.mcpgen.runtime.spi.FormDefinition;
import java.util.ServiceLoader;
import tools.jackson.databind.node.ObjectNode;

/**
 * The elicitation forms the processor generated, found with {@link ServiceLoader} once per
 * record type, each with its schema parsed and compiled.
 */
final class Forms {
  /**
   * A form ready to send and to check answers against.
   *
   * @param definition the generated definition
   * @param schema its {@code requestedSchema}
   * @param validator the schema, compiled
   */
  record Form<T>(FormDefinition<T> definition, ObjectNode schema, JsonSchema validator) {}

  private static final ClassValue<Form<?>> FORMS = new ClassValue<>() {
    @Override
    protected Form<?> computeValue(Class<?> type) {
      for (FormDefinition<?> definition
          : ServiceLoader.load(FormDefinition.class, type.getClassLoader())) {
        if (definition.type() == type) {
          return form(definition);
        }
      }
      return null;
    }
  };

  private Forms() {}

  /**
   * The form of {@code type}.
   *
   * @throws IllegalArgumentException when {@code type} is not annotated {@code @McpForm} (or
   *     its generated definition is not on the class path)
   */
  @SuppressWarnings("unchecked")
  static <T> Form<T> of(Class<T> type) {
    Form<?> form = FORMS.get(type);
    if (form == null) {
      throw new IllegalArgumentException(type.getName() + " is no elicitation form: annotate "
          + "the record with @McpForm (and keep the annotation processor on the build)");
    }
    return (Form<T>) form;
  }

  private static <T> Form<T> form(FormDefinition<T> definition) {
    ObjectNode schema = (ObjectNode) JsonTrees.read(definition.schema());
    return new Form<>(definition, schema, JsonSchema.compile(schema));
  }
}
