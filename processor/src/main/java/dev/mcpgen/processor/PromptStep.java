package dev.mcpgen.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Validates the {@code @McpPrompt} methods of every class that has some, class by class, and
 * hands the valid ones to the {@link ServerStep} through {@link Features}. Their types are all
 * JDK or runtime types, so nothing waits for a later round.
 */
final class PromptStep implements Step {
  private final Context context;
  private final Features features;

  PromptStep(Context context, Features features) {
    this.context = context;
    this.features = features;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(PromptValidator.MCP_PROMPT);
  }

  @Override
  public void process(RoundEnvironment round) {
    Map<String, TypeElement> classes = new TreeMap<>();
    TypeElement annotation = context.elements().getTypeElement(PromptValidator.MCP_PROMPT);
    for (Element method : round.getElementsAnnotatedWith(annotation)) {
      TypeElement type = (TypeElement) method.getEnclosingElement();
      classes.put(Servers.name(context, type), type);
    }
    classes.forEach(this::validate);
  }

  @Override
  public void finish() {}

  private void validate(String name, TypeElement type) {
    Diagnostics diagnostics = new Diagnostics();
    PromptValidator validator = new PromptValidator(context, diagnostics);
    Map<String, PromptModel> byName = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, PromptValidator.MCP_PROMPT) == null) {
        continue;
      }
      try {
        PromptModel model = validator.validate(method);
        if (model != null && isUnique(model, byName, diagnostics)) {
          features.addPrompt(name, type, model);
        }
      } catch (RuntimeException e) {
        diagnostics.report(Message.INTERNAL_ERROR, method, Names.signature(method),
            Servers.stackTrace(e));
      }
    }
    features.addPrompt(name, type, null);
    diagnostics.flushTo(context.messager());
  }

  private static boolean isUnique(PromptModel model, Map<String, PromptModel> byName,
      Diagnostics diagnostics) {
    PromptModel first = byName.putIfAbsent(model.name(), model);
    if (first == null) {
      return true;
    }
    AnnotationMirror mirror = Annotations.find(model.origin(), PromptValidator.MCP_PROMPT);
    diagnostics.reportAtValue(Message.DUPLICATE_PROMPT_NAME, model.origin(), mirror, "name",
        model.name(), Names.signature(model.origin()), Names.signature(first.origin()));
    return false;
  }
}
