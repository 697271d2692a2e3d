package dev.mcpgen.processor;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * A validated {@code @McpTool} method.
 *
 * @param name the tool name
 * @param title the human-readable title, or null
 * @param description what the tool does, or null
 * @param hints the tool annotations the user set, e.g. {@code readOnlyHint -> true}, in protocol
 *     order
 * @param scopes the OAuth scopes a caller needs, sorted, possibly none
 * @param icons its icons, possibly none
 * @param meta its {@code _meta} object, or null
 * @param taskSupport {@code optional} or {@code required} when it may run as a task, else null
 * @param methodName the Java method to call
 * @param params its parameters in declaration order
 * @param result how its return value becomes a result
 * @param throwsChecked whether the method declares checked exceptions
 * @param deprecated whether calling it names a deprecated method or type
 * @param origin the method, for diagnostics that involve several tools
 */
record ToolModel(
    String name,
    String title,
    String description,
    Map<String, Boolean> hints,
    List<String> scopes,
    List<IconModel> icons,
    JsonValue.JsonObject meta,
    String taskSupport,
    String methodName,
    List<ParamModel> params,
    ResultModel result,
    boolean throwsChecked,
    boolean deprecated,
    ExecutableElement origin) {

  ToolModel {
    params = List.copyOf(params);
    scopes = List.copyOf(scopes);
    icons = List.copyOf(icons);
  }

  /** How a tool's return value becomes a {@code CallToolResult}: one kind per return shape. */
  record ResultModel(Kind kind, TypeModel outputType) {
    /** Each maps to one {@code Results} method, except {@link #VOID}. */
    enum Kind {
      VOID(null),
      TEXT("text"),
      PRIMITIVE("text"),
      VALUE("value"),
      STRUCTURED("structured"),
      CONTENT("content"),
      CONTENTS("contents"),
      RESULT("result");

      private final String method;

      Kind(String method) {
        this.method = method;
      }

      String method() {
        return method;
      }
    }

    static ResultModel of(Kind kind) {
      return new ResultModel(kind, null);
    }
  }
}
