package dev.mcpgen.processor;

import dev.mcpgen.processor.ToolModel.ResultModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Validates one {@code @McpTool} method into a {@link ToolModel}, reporting every problem of the
 * method and its parameters before giving up on it.
 */
final class ToolValidator {
  static final String MCP_TOOL = "dev.mcpgen.annotations.McpTool";

  /** The hints of {@code @McpTool}, in the order the protocol lists them. */
  private static final List<String> HINTS =
      List.of("readOnly", "destructive", "idempotent", "openWorld");

  /** RFC 6749 section 3.3: {@code scope-token = 1*( %x21 / %x23-5B / %x5D-7E )}. */
  private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  private final Context context;
  private final Diagnostics diagnostics;

  ToolValidator(Context context, Diagnostics diagnostics) {
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /** The model of {@code method}, or null after reporting all its problems. */
  ToolModel validate(ExecutableElement method) {
    int errors = diagnostics.errorCount();
    AnnotationMirror tool = Annotations.find(method, MCP_TOOL);
    String signature = Names.signature(method);
    checkCallable(method, signature);
    String name = Annotations.string(tool, "name", method.getSimpleName().toString());
    if (!Names.isValid(name)) {
      diagnostics.reportAtValue(Message.INVALID_NAME, method, tool, "name", "Tool", name,
          Names.suggest(name));
    }
    List<String> scopes = scopes(method, tool);
    Javadoc doc = context.javadoc(method);
    List<ParamModel> params = params(method, signature, doc);
    ResultModel result = new ResultValidator(context, diagnostics).validate(method);
    MetadataReader metadata = new MetadataReader(diagnostics);
    List<IconModel> icons = metadata.icons(method, tool, "tool " + name);
    JsonValue.JsonObject meta = metadata.meta(method, tool, "tool " + name);
    if (diagnostics.errorCount() > errors) {
      return null;
    }
    String description = Annotations.string(tool, "description", "");
    if (description.isEmpty() && doc.description() == null) {
      diagnostics.report(Message.TOOL_WITHOUT_DESCRIPTION, method, name);
    }
    String title = Annotations.string(tool, "title", "");
    return new ToolModel(
        name,
        title.isEmpty() ? null : title,
        description.isEmpty() ? doc.description() : description,
        hints(tool),
        scopes,
        icons,
        meta,
        taskSupport(tool),
        method.getSimpleName().toString(),
        params,
        result,
        context.declaresChecked(method),
        isDeprecated(method),
        method);
  }

  /** The generated dispatch calls the method directly, on the user's instance. */
  private void checkCallable(ExecutableElement method, String signature) {
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC)) {
      diagnostics.report(Message.TOOL_NOT_PUBLIC, method, signature);
    }
    if (modifiers.contains(Modifier.STATIC)) {
      diagnostics.report(Message.TOOL_STATIC, method, signature);
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.report(Message.TOOL_GENERIC, method, signature);
    }
  }

  /** The parameter models; null entries never survive: any error fails the whole tool. */
  private List<ParamModel> params(ExecutableElement method, String signature, Javadoc doc) {
    PackageElement from = context.elements().getPackageOf(method);
    ParamValidator validator = new ParamValidator(context, diagnostics);
    Map<String, VariableElement> byName = new HashMap<>();
    List<ParamModel> params = new ArrayList<>();
    for (VariableElement param : method.getParameters()) {
      ParamModel model = validator.validate(param, signature, doc, from);
      if (model != null && model.argument() != null) {
        VariableElement first = byName.putIfAbsent(model.argument().name(), param);
        if (first != null) {
          AnnotationMirror mcpParam = Annotations.find(param, ParamValidator.MCP_PARAM);
          diagnostics.reportAtValue(Message.DUPLICATE_PARAM_NAME, param, mcpParam, "name",
              param.getSimpleName(), signature, model.argument().name(), first.getSimpleName());
        }
      }
      params.add(model);
    }
    return params;
  }

  /** Sorted and distinct: the generated constant and the metadata must not depend on order. */
  private List<String> scopes(ExecutableElement method, AnnotationMirror tool) {
    TreeSet<String> scopes = new TreeSet<>();
    for (String scope : Annotations.strings(tool, "scopes")) {
      if (!SCOPE_TOKEN.matcher(scope).matches()) {
        diagnostics.reportAtValue(Message.INVALID_SCOPE, method, tool, "scopes", scope,
            Names.signature(method));
      }
      scopes.add(scope);
    }
    return List.copyOf(scopes);
  }

  /** {@code optional} or {@code required}, as {@code execution.taskSupport} says; null if never. */
  private static String taskSupport(AnnotationMirror tool) {
    String value = Annotations.enumName(tool, "taskSupport", "FORBIDDEN");
    return value.equals("FORBIDDEN") ? null : value.toLowerCase(Locale.ROOT);
  }

  private static Map<String, Boolean> hints(AnnotationMirror tool) {
    Map<String, Boolean> hints = new LinkedHashMap<>();
    for (String hint : HINTS) {
      String value = Annotations.enumName(tool, hint, "UNSET");
      if (!value.equals("UNSET")) {
        hints.put(hint + "Hint", value.equals("TRUE"));
      }
    }
    return hints;
  }

  /** Whether the generated call names anything deprecated, which would warn there. */
  private boolean isDeprecated(ExecutableElement method) {
    return context.elements().isDeprecated(method)
        || method.getParameters().stream().anyMatch(p -> mentionsDeprecated(p.asType()));
  }

  private boolean mentionsDeprecated(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return mentionsDeprecated(((ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    for (Element e = ((DeclaredType) type).asElement(); e.getKind().isClass()
        || e.getKind().isInterface(); e = e.getEnclosingElement()) {
      if (context.elements().isDeprecated(e)) {
        return true;
      }
    }
    return ((DeclaredType) type).getTypeArguments().stream().anyMatch(this::mentionsDeprecated);
  }
}
