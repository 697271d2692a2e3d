package dev.mcpgen.processor;

import java.util.Collections;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A validated {@code @McpPrompt} method.
 *
 * @param name the prompt name
 * @param title the human-readable title, or null
 * @param description what it is for, or null
 * @param icons its icons, possibly none
 * @param meta its {@code _meta} object, or null
 * @param methodName the Java method to call
 * @param params per method parameter, its argument, or null for the context
 * @param result how its return value becomes a {@code GetPromptResult}
 * @param throwsChecked whether the method declares checked exceptions
 * @param origin the method
 */
record PromptModel(
    String name,
    String title,
    String description,
    List<IconModel> icons,
    JsonValue.JsonObject meta,
    String methodName,
    List<Argument> params,
    Result result,
    boolean throwsChecked,
    ExecutableElement origin) {

  PromptModel {
    icons = List.copyOf(icons);
    // Null entries stand for the context parameter.
    params = Collections.unmodifiableList(new java.util.ArrayList<>(params));
  }

  /**
   * A prompt argument.
   *
   * @param name its name
   * @param description from the method's {@code @param}, or null
   * @param required false for {@code Optional<String>} and {@code @Nullable String}
   * @param optional whether the parameter is an {@code Optional<String>}
   */
  record Argument(String name, String description, boolean required, boolean optional) {}

  /** The return shapes of a prompt method. */
  enum Result {
    TEXT,
    MESSAGE,
    MESSAGES,
    RESULT
  }

  List<Argument> arguments() {
    return params.stream().filter(java.util.Objects::nonNull).toList();
  }
}
