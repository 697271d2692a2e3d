package dev.mcpgen.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Validates one {@code @McpResource} method into a {@link ResourceModel}: a callable method, a
 * URI or level-1 template whose variables and {@code String} parameters match one to one, and a
 * {@code String} or {@code byte[]} result.
 */
final class ResourceValidator {
  static final String MCP_RESOURCE = "dev.mcpgen.annotations.McpResource";

  private final Context context;
  private final Diagnostics diagnostics;

  ResourceValidator(Context context, Diagnostics diagnostics) {
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /** The model of {@code method}, or null after reporting all its problems. */
  ResourceModel validate(ExecutableElement method) {
    int errors = diagnostics.errorCount();
    AnnotationMirror resource = Annotations.find(method, MCP_RESOURCE);
    String signature = Names.signature(method);
    Methods.checkCallable(diagnostics, method, "McpResource", signature);
    String uri = Annotations.string(resource, "uri", "");
    String problem = UriTemplates.problem(uri);
    List<String> variables = List.of();
    List<String> params = List.of();
    if (problem != null) {
      diagnostics.reportAtValue(Message.INVALID_URI_TEMPLATE, method, resource, "uri", uri,
          signature, problem);
    } else {
      variables = UriTemplates.variables(uri);
      params = params(method, resource, uri, variables, signature);
    }
    boolean blob = checkResult(method, signature);
    String name = Annotations.string(resource, "name", method.getSimpleName().toString());
    MetadataReader metadata = new MetadataReader(diagnostics);
    List<IconModel> icons = metadata.icons(method, resource, "resource " + uri);
    JsonValue.JsonObject meta = metadata.meta(method, resource, "resource " + uri);
    if (diagnostics.errorCount() > errors) {
      return null;
    }
    String description = Annotations.string(resource, "description", "");
    return new ResourceModel(uri, variables, name,
        Methods.orNull(Annotations.string(resource, "title", "")),
        description.isEmpty() ? context.javadoc(method).description() : description,
        Methods.orNull(Annotations.string(resource, "mimeType", "")), icons, meta,
        method.getSimpleName().toString(), params, blob, context.declaresChecked(method), method);
  }

  /** Each parameter binds the variable of its name; every variable needs one. */
  private List<String> params(ExecutableElement method, AnnotationMirror resource, String uri,
      List<String> variables, String signature) {
    List<String> params = new ArrayList<>();
    Set<String> bound = new HashSet<>();
    for (VariableElement param : method.getParameters()) {
      if (Methods.isContext(param)) {
        params.add(null);
        continue;
      }
      String name = param.getSimpleName().toString();
      if (!Methods.isString(param.asType())) {
        diagnostics.report(Message.RESOURCE_PARAMETER_TYPE, param, name, signature,
            Names.simple(param.asType()));
      } else if (!variables.contains(name)) {
        diagnostics.report(Message.UNUSED_RESOURCE_PARAMETER, param, name, signature, uri, name);
      }
      bound.add(name);
      params.add(name);
    }
    for (String variable : variables) {
      if (!bound.contains(variable)) {
        diagnostics.reportAtValue(Message.UNBOUND_URI_VARIABLE, method, resource, "uri",
            variable, uri, signature, variable);
      }
    }
    return params;
  }

  /** True for {@code byte[]}; reports anything but it and {@code String}. */
  private boolean checkResult(ExecutableElement method, String signature) {
    TypeMirror type = method.getReturnType();
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return true;
    }
    if (!Methods.isString(type)) {
      diagnostics.report(Message.RESOURCE_RETURN_TYPE, method, signature, Names.simple(type));
    }
    return false;
  }
}
