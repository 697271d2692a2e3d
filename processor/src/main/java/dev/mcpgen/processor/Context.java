package dev.mcpgen.processor;

import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** javac's utilities, shared by the steps, the validators and the writer. */
record Context(Types types, Elements elements, Messager messager, Filer filer) {
  static Context of(ProcessingEnvironment env) {
    return new Context(env.getTypeUtils(), env.getElementUtils(), env.getMessager(),
        env.getFiler());
  }

  /** Whether {@code method} declares checked exceptions, which callers must handle. */
  boolean declaresChecked(ExecutableElement method) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return method.getThrownTypes().stream()
        .anyMatch(t -> !types.isSubtype(t, runtime) && !types.isSubtype(t, error));
  }

  /** The parsed Javadoc of {@code element}; {@link Javadoc#NONE} when it has none. */
  Javadoc javadoc(Element element) {
    return Javadoc.parse(elements.getDocComment(element));
  }
}
