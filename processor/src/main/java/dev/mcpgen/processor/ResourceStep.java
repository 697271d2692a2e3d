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
 * Validates the {@code @McpResource} methods of every class that has some, class by class, and
 * hands the valid ones to the {@link ServerStep} through {@link Features}. Their types are all
 * JDK or runtime types, so nothing waits for a later round.
 */
final class ResourceStep implements Step {
  private final Context context;
  private final Features features;

  ResourceStep(Context context, Features features) {
    this.context = context;
    this.features = features;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(ResourceValidator.MCP_RESOURCE);
  }

  @Override
  public void process(RoundEnvironment round) {
    Map<String, TypeElement> classes = new TreeMap<>();
    TypeElement annotation = context.elements().getTypeElement(ResourceValidator.MCP_RESOURCE);
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
    ResourceValidator validator = new ResourceValidator(context, diagnostics);
    Map<String, ResourceModel> byUri = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, ResourceValidator.MCP_RESOURCE) == null) {
        continue;
      }
      try {
        ResourceModel model = validator.validate(method);
        if (model != null && isUnique(model, byUri, diagnostics)) {
          features.addResource(name, type, model);
        }
      } catch (RuntimeException e) {
        diagnostics.report(Message.INTERNAL_ERROR, method, Names.signature(method),
            Servers.stackTrace(e));
      }
    }
    features.addResource(name, type, null);
    diagnostics.flushTo(context.messager());
  }

  private static boolean isUnique(ResourceModel model, Map<String, ResourceModel> byUri,
      Diagnostics diagnostics) {
    ResourceModel first = byUri.putIfAbsent(model.uri(), model);
    if (first == null) {
      return true;
    }
    AnnotationMirror mirror = Annotations.find(model.origin(), ResourceValidator.MCP_RESOURCE);
    diagnostics.reportAtValue(Message.DUPLICATE_RESOURCE_URI, model.origin(), mirror, "uri",
        model.uri(), Names.signature(model.origin()), Names.signature(first.origin()));
    return false;
  }
}
