package dev.mcpgen.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Validates the methods of one feature family ({@code @McpResource}, {@code @McpPrompt}) class by
 * class and hands the valid ones to the {@link ServerStep} through {@link Features}. Their types
 * are all JDK or runtime types, so nothing waits for a later round.
 *
 * @param <M> the family's model
 */
final class MethodFeatureStep<M> implements Step {
  private final Context context;
  private final Family<M> family;

  private MethodFeatureStep(Context context, Family<M> family) {
    this.context = context;
    this.family = family;
  }

  /** The step for {@code @McpResource} methods; a URI may be used once per server. */
  static Step resources(Context context, Features features) {
    return new MethodFeatureStep<>(context, new Family<ResourceModel>(
        ResourceValidator.MCP_RESOURCE, (c, d) -> new ResourceValidator(c, d)::validate,
        ResourceModel::uri, "uri", Message.DUPLICATE_RESOURCE_URI, ResourceModel::origin,
        features::addResource));
  }

  /** The step for {@code @McpPrompt} methods; a name may be used once per server. */
  static Step prompts(Context context, Features features) {
    return new MethodFeatureStep<>(context, new Family<PromptModel>(
        PromptValidator.MCP_PROMPT, (c, d) -> new PromptValidator(c, d)::validate,
        PromptModel::name, "name", Message.DUPLICATE_PROMPT_NAME, PromptModel::origin,
        features::addPrompt));
  }

  /** The step for {@code @McpComplete} methods; an argument may be completed once per server. */
  static Step completions(Context context, Features features) {
    return new MethodFeatureStep<>(context, new Family<CompletionModel>(
        CompletionValidator.MCP_COMPLETE, (c, d) -> new CompletionValidator(c, d)::validate,
        CompletionModel::target, "argument", Message.DUPLICATE_COMPLETION,
        CompletionModel::origin, features::addCompletion));
  }

  @Override
  public Set<String> annotations() {
    return Set.of(family.annotation());
  }

  @Override
  public void process(RoundEnvironment round) {
    Map<String, TypeElement> classes = new TreeMap<>();
    TypeElement annotation = context.elements().getTypeElement(family.annotation());
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
    Function<ExecutableElement, M> validator = family.validators().apply(context, diagnostics);
    Map<String, M> byKey = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, family.annotation()) == null) {
        continue;
      }
      try {
        M model = validator.apply(method);
        if (model != null && isUnique(model, byKey, diagnostics)) {
          family.sink().add(name, type, model);
        }
      } catch (RuntimeException e) {
        diagnostics.report(Message.INTERNAL_ERROR, method, Names.signature(method),
            Servers.stackTrace(e));
      }
    }
    // A null model marks the class as seen, even when none of its methods was valid.
    family.sink().add(name, type, null);
    diagnostics.flushTo(context.messager());
  }

  private boolean isUnique(M model, Map<String, M> byKey, Diagnostics diagnostics) {
    String key = family.key().apply(model);
    M first = byKey.putIfAbsent(key, model);
    if (first == null) {
      return true;
    }
    ExecutableElement origin = family.origin().apply(model);
    AnnotationMirror mirror = Annotations.find(origin, family.annotation());
    diagnostics.reportAtValue(family.duplicate(), origin, mirror, family.keyAttribute(), key,
        Names.signature(origin), Names.signature(family.origin().apply(first)));
    return false;
  }

  /** Where a family's valid models go. */
  interface Sink<M> {
    void add(String server, TypeElement type, M model);
  }

  /** What differs between the families. */
  private record Family<M>(
      String annotation,
      BiFunction<Context, Diagnostics, Function<ExecutableElement, M>> validators,
      Function<M, String> key,
      String keyAttribute,
      Message duplicate,
      Function<M, ExecutableElement> origin,
      Sink<M> sink) {}
}
