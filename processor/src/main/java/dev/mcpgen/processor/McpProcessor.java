package dev.mcpgen.processor;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The mcpgen annotation processor: turns {@code @McpServer} classes and their {@code @McpTool},
 * {@code @McpResource} and {@code @McpPrompt} methods into MCP servers. It only wires the steps; each step validates its annotation family
 * into models, and generators turn models into code and manifests.
 *
 * <p>Output is deterministic: classes are processed in name order, tools in declaration order,
 * and nothing records a time.
 */
@AutoService(Processor.class)
public final class McpProcessor extends AbstractProcessor {
  /**
   * Claimed only so that builds with {@code -Xlint:processing} do not warn that nobody processes
   * the {@code @Generated} on our own output; nothing is done with it.
   */
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private List<Step> steps = List.of();

  /** Created by javac through {@code ServiceLoader}. */
  public McpProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Context context = Context.of(env);
    Features features = new Features();
    GeneratedFiles files = new GeneratedFiles(env.getFiler());
    steps = List.of(
        new FormStep(context, files),
        new ToolStep(context, features),
        MethodFeatureStep.resources(context, features),
        MethodFeatureStep.prompts(context, features),
        MethodFeatureStep.completions(context, features),
        new ServerStep(context, features, files));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new TreeSet<>(Set.of(GENERATED));
    steps.forEach(step -> types.addAll(step.annotations()));
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      for (Step step : steps) {
        if (round.processingOver()) {
          step.finish();
        } else {
          step.process(round);
        }
      }
    } catch (RuntimeException e) {
      // Steps pin failures to elements; this is the last guard, so javac never crashes.
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          Message.INTERNAL_ERROR.format("this round", Servers.stackTrace(e)));
    }
    return true;
  }
}
