package dev.mcpgen.processor;

import java.util.Collections;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A validated {@code @McpResource} method: a fixed resource, or a template when it has variables.
 *
 * @param uri the URI, or the URI template
 * @param variables the template's variables in order; none for a fixed resource
 * @param name the resource name
 * @param title the human-readable title, or null
 * @param description what it holds, or null
 * @param mimeType its MIME type, or null
 * @param icons its icons, possibly none
 * @param meta its {@code _meta} object, or null
 * @param methodName the Java method to call
 * @param params per method parameter, the variable it binds, or null for the context
 * @param blob whether it returns {@code byte[]}, read as a base64 blob
 * @param throwsChecked whether the method declares checked exceptions
 * @param origin the method
 */
record ResourceModel(
    String uri,
    List<String> variables,
    String name,
    String title,
    String description,
    String mimeType,
    List<IconModel> icons,
    JsonValue.JsonObject meta,
    String methodName,
    List<String> params,
    boolean blob,
    boolean throwsChecked,
    ExecutableElement origin) {

  ResourceModel {
    variables = List.copyOf(variables);
    icons = List.copyOf(icons);
    // Null entries stand for the context parameter.
    params = Collections.unmodifiableList(new java.util.ArrayList<>(params));
  }

  boolean isTemplate() {
    return !variables.isEmpty();
  }
}
