package dev.mcpgen.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Validates one {@code @McpPrompt} method into a {@link PromptModel}: a callable method whose
 * parameters are string arguments (optional when {@code Optional<String>} or {@code @Nullable}),
 * returning text, a message, a list of messages or a full result.
 */
final class PromptValidator {
  static final String MCP_PROMPT = "dev.mcpgen.annotations.McpPrompt";
  private static final String PROMPT_MESSAGE = "dev.mcpgen.runtime.PromptMessage";

  private final Context context;
  private final Diagnostics diagnostics;

  PromptValidator(Context context, Diagnostics diagnostics) {
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /** The model of {@code method}, or null after reporting all its problems. */
  PromptModel validate(ExecutableElement method) {
    int errors = diagnostics.errorCount();
    AnnotationMirror prompt = Annotations.find(method, MCP_PROMPT);
    String signature = Names.signature(method);
    Methods.checkCallable(diagnostics, method, "McpPrompt", signature);
    String name = Annotations.string(prompt, "name", method.getSimpleName().toString());
    if (!Names.isValid(name)) {
      diagnostics.reportAtValue(Message.INVALID_NAME, method, prompt, "name", "Prompt", name,
          Names.suggest(name));
    }
    Javadoc doc = context.javadoc(method);
    List<PromptModel.Argument> params = params(method, signature, doc);
    PromptModel.Result result = result(method, signature);
    MetadataReader metadata = new MetadataReader(diagnostics);
    List<IconModel> icons = metadata.icons(method, prompt, "prompt " + name);
    JsonValue.JsonObject meta = metadata.meta(method, prompt, "prompt " + name);
    if (diagnostics.errorCount() > errors) {
      return null;
    }
    String description = Annotations.string(prompt, "description", "");
    return new PromptModel(name, Methods.orNull(Annotations.string(prompt, "title", "")),
        description.isEmpty() ? doc.description() : description, icons, meta,
        method.getSimpleName().toString(), params, result, context.declaresChecked(method),
        method);
  }

  private List<PromptModel.Argument> params(ExecutableElement method, String signature,
      Javadoc doc) {
    List<PromptModel.Argument> params = new ArrayList<>();
    for (VariableElement param : method.getParameters()) {
      if (Methods.isContext(param)) {
        params.add(null);
        continue;
      }
      String name = param.getSimpleName().toString();
      TypeMirror type = param.asType();
      boolean optional = Methods.is(type, "java.util.Optional")
          && Methods.typeArgument(type) != null && Methods.isString(Methods.typeArgument(type));
      if (!optional && !Methods.isString(type)) {
        diagnostics.report(Message.PROMPT_PARAMETER_TYPE, param, name, signature,
            Names.simple(type));
      }
      boolean nullable = Annotations.hasSimpleName(
          Annotations.onElementsAndTypes(List.of(param)), "Nullable");
      params.add(new PromptModel.Argument(name, doc.param(name), !optional && !nullable,
          optional));
    }
    return params;
  }

  private PromptModel.Result result(ExecutableElement method, String signature) {
    TypeMirror type = method.getReturnType();
    if (Methods.isString(type)) {
      return PromptModel.Result.TEXT;
    }
    if (Methods.is(type, PROMPT_MESSAGE)) {
      return PromptModel.Result.MESSAGE;
    }
    if (Methods.is(type, "dev.mcpgen.runtime.GetPromptResult")) {
      return PromptModel.Result.RESULT;
    }
    TypeMirror element = Methods.typeArgument(type);
    if (Methods.is(type, "java.util.List") && element != null
        && Methods.is(element, PROMPT_MESSAGE)) {
      return PromptModel.Result.MESSAGES;
    }
    diagnostics.report(Message.PROMPT_RETURN_TYPE, method, signature, Names.simple(type));
    return null;
  }
}
