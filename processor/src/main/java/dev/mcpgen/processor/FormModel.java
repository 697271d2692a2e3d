package dev.mcpgen.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @McpForm} record.
 *
 * @param type the record
 * @param fields its components in declaration order
 * @param origin the record, the originating element of the generated form
 */
record FormModel(ClassName type, List<Field> fields, TypeElement origin) {
  FormModel {
    fields = List.copyOf(fields);
  }

  /**
   * A component: bound like a tool parameter, published as a form field.
   *
   * @param param how it binds and what it publishes
   * @param titles the titles of its enum's constants, in the order of their values; empty when
   *     the enum has no {@code @McpTitle}s (or the component is no enum)
   * @param legacyEnumNames whether titles go out as the deprecated {@code enumNames}
   */
  record Field(ParamModel param, List<String> titles, boolean legacyEnumNames) {
    Field {
      titles = List.copyOf(titles);
    }
  }

  /** {@code <Record>McpForm}; nested records join their names: {@code Outer_InnerMcpForm}. */
  ClassName form() {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "McpForm");
  }
}
