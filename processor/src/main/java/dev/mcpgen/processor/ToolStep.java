package dev.mcpgen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Validates the {@code @McpTool} methods of every class that has some, class by class, and hands
 * the valid ones to the {@link ServerStep} through {@link Features}. A class whose tools use a
 * type that does not exist yet (another processor may generate it) waits for the next round,
 * silently; if the type never appears, the last round reports it.
 */
final class ToolStep implements Step {
  private final Context context;
  private final Features features;

  ToolStep(Context context, Features features) {
    this.context = context;
    this.features = features;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(ToolValidator.MCP_TOOL, ParamValidator.MCP_PARAM);
  }

  @Override
  public void process(RoundEnvironment round) {
    Map<String, TypeElement> classes = new TreeMap<>();
    for (String name : features.takeDeferred()) {
      classes.put(name, context.elements().getTypeElement(name));
    }
    TypeElement tool = context.elements().getTypeElement(ToolValidator.MCP_TOOL);
    for (Element method : round.getElementsAnnotatedWith(tool)) {
      TypeElement type = (TypeElement) method.getEnclosingElement();
      classes.put(Servers.name(context, type), type);
    }
    classes.forEach((name, type) -> validate(name, type, true));
  }

  @Override
  public void finish() {
    for (String name : features.takeDeferred()) {
      validate(name, context.elements().getTypeElement(name), false);
    }
  }

  /** Validates every tool of {@code type}; defers the class if a type is missing and it may. */
  private void validate(String name, TypeElement type, boolean mayDefer) {
    Diagnostics diagnostics = new Diagnostics();
    ToolValidator validator = new ToolValidator(context, diagnostics);
    List<ToolModel> tools = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, ToolValidator.MCP_TOOL) == null) {
        continue;
      }
      try {
        ToolModel model = validator.validate(method);
        if (model != null) {
          tools.add(model);
        }
      } catch (RuntimeException e) {
        diagnostics.report(Message.INTERNAL_ERROR, method, Names.signature(method),
            Servers.stackTrace(e));
      }
    }
    // Only a class javac can find again by name can wait for the next round.
    if (mayDefer && diagnostics.hasMissingTypes() && type.getQualifiedName().length() > 0) {
      features.defer(name);
      return;
    }
    diagnostics.flushTo(context.messager());
    if (mayDefer) {
      features.addTools(name, type, tools);
    }
  }
}
