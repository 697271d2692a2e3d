package dev.mcpgen.processor;

import dev.mcpgen.processor.CompletionModel.Param;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Validates one {@code @McpComplete} method: what it completes must be a prompt argument or a
 * resource template variable of the same class, read from the annotations themselves (so a
 * prompt with other errors still counts as declared), and its signature one the dispatch can
 * call.
 */
final class CompletionValidator {
  static final String MCP_COMPLETE = "dev.mcpgen.annotations.McpComplete";
  private static final String COMPLETION = "dev.mcpgen.runtime.Completion";

  private final Context context;
  private final Diagnostics diagnostics;

  CompletionValidator(Context context, Diagnostics diagnostics) {
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /** The model of {@code method}, or null after reporting all its problems. */
  CompletionModel validate(ExecutableElement method) {
    int errors = diagnostics.errorCount();
    AnnotationMirror complete = Annotations.find(method, MCP_COMPLETE);
    String signature = Names.signature(method);
    Methods.checkCallable(diagnostics, method, "McpComplete", signature);
    String prompt = Annotations.string(complete, "prompt", "");
    String template = Annotations.string(complete, "resourceTemplate", "");
    String argument = Annotations.string(complete, "argument", "");
    TypeElement type = (TypeElement) method.getEnclosingElement();
    if (prompt.isEmpty() == template.isEmpty()) {
      diagnostics.reportAtValue(Message.COMPLETION_REFERENCE, method, complete,
          prompt.isEmpty() ? "argument" : "resourceTemplate", signature,
          prompt.isEmpty() ? "neither" : "both");
    } else if (!prompt.isEmpty()) {
      checkArgument(method, complete, "prompt", prompt, prompts(type), argument,
          Message.COMPLETION_UNKNOWN_PROMPT);
    } else {
      checkArgument(method, complete, "resourceTemplate", template, templates(type), argument,
          Message.COMPLETION_UNKNOWN_TEMPLATE);
    }
    List<Param> params = params(method, signature);
    boolean returnsList = isStringList(method.getReturnType());
    if (!returnsList && !Methods.is(method.getReturnType(), COMPLETION)) {
      diagnostics.report(Message.COMPLETION_RETURN_TYPE, method, signature,
          Names.simple(method.getReturnType()));
    }
    if (diagnostics.errorCount() > errors) {
      return null;
    }
    return new CompletionModel(!prompt.isEmpty(), prompt.isEmpty() ? template : prompt, argument,
        method.getSimpleName().toString(), params, returnsList,
        context.declaresChecked(method), method);
  }

  private void checkArgument(ExecutableElement method, AnnotationMirror complete, String attribute,
      String ref, Map<String, List<String>> known, String argument, Message unknown) {
    String signature = Names.signature(method);
    List<String> arguments = known.get(ref);
    if (arguments == null) {
      diagnostics.reportAtValue(unknown, method, complete, attribute, signature, ref,
          known.isEmpty() ? "none" : String.join(", ", known.keySet()));
    } else if (!arguments.contains(argument)) {
      diagnostics.reportAtValue(Message.COMPLETION_UNKNOWN_ARGUMENT, method, complete, "argument",
          signature, argument, ref, arguments.isEmpty() ? "none" : String.join(", ", arguments));
    }
  }

  /** Each {@code @McpPrompt} of the class, by name, with its arguments. */
  private static Map<String, List<String>> prompts(TypeElement type) {
    Map<String, List<String>> prompts = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror prompt = Annotations.find(method, PromptValidator.MCP_PROMPT);
      if (prompt != null) {
        List<String> arguments = new ArrayList<>();
        for (VariableElement param : method.getParameters()) {
          if (!Methods.isContext(param)) {
            arguments.add(param.getSimpleName().toString());
          }
        }
        prompts.put(Annotations.string(prompt, "name", method.getSimpleName().toString()),
            arguments);
      }
    }
    return prompts;
  }

  /** Each {@code @McpResource} template of the class, by URI template, with its variables. */
  private static Map<String, List<String>> templates(TypeElement type) {
    Map<String, List<String>> templates = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror resource = Annotations.find(method, ResourceValidator.MCP_RESOURCE);
      String uri = Annotations.string(resource, "uri", "");
      if (resource != null && UriTemplates.problem(uri) == null
          && !UriTemplates.variables(uri).isEmpty()) {
        templates.put(uri, UriTemplates.variables(uri));
      }
    }
    return templates;
  }

  /** One {@code String}, and at most one {@code Map<String, String>} and one context. */
  private List<Param> params(ExecutableElement method, String signature) {
    List<Param> params = new ArrayList<>();
    Set<Param> seen = EnumSet.noneOf(Param.class);
    for (VariableElement param : method.getParameters()) {
      Param kind = kind(param.asType());
      if (kind == null || !seen.add(kind)) {
        diagnostics.report(Message.COMPLETION_PARAMETERS, param, signature,
            (kind == null ? "a " : "a second ") + Names.simple(param.asType()));
      }
      params.add(kind);
    }
    if (!seen.contains(Param.VALUE)) {
      diagnostics.report(Message.COMPLETION_PARAMETERS, method, signature, "no String");
    }
    return params;
  }

  private static Param kind(TypeMirror type) {
    if (Methods.isString(type)) {
      return Param.VALUE;
    }
    if (Methods.is(type, "dev.mcpgen.runtime.McpContext")) {
      return Param.CONTEXT;
    }
    if (Methods.is(type, "java.util.Map")) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (arguments.size() == 2 && Methods.isString(arguments.get(0))
          && Methods.isString(arguments.get(1))) {
        return Param.ARGUMENTS;
      }
    }
    return null;
  }

  private static boolean isStringList(TypeMirror type) {
    return Methods.is(type, "java.util.List") && Methods.typeArgument(type) != null
        && Methods.isString(Methods.typeArgument(type));
  }
}
