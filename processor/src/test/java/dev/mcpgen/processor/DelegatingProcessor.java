package dev.mcpgen.processor;

import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** Runs a processor in an altered environment, e.g. one whose utilities fail. */
final class DelegatingProcessor extends AbstractProcessor {
  private final Processor delegate;
  private final UnaryOperator<ProcessingEnvironment> environment;

  DelegatingProcessor(Processor delegate, UnaryOperator<ProcessingEnvironment> environment) {
    this.delegate = delegate;
    this.environment = environment;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    delegate.init(environment.apply(env));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }
}
