package dev.mcpgen.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations through javac's mirrors, so annotations the processor does not depend on
 * (Jackson's, Bean Validation's, any {@code @Nullable}) are recognised by name alone.
 */
final class Annotations {
  static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, or null. */
  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /**
   * The annotations on each element and on the type it declares (type-use annotations such as
   * {@code List<String> @Size(max = 3)} or {@code @Nullable} in its type-use form).
   */
  static List<AnnotationMirror> onElementsAndTypes(List<? extends Element> elements) {
    List<AnnotationMirror> all = new ArrayList<>();
    for (Element element : elements) {
      all.addAll(element.getAnnotationMirrors());
      all.addAll(declaredType(element).getAnnotationMirrors());
    }
    return all;
  }

  /** Whether any of {@code annotations} has the simple name {@code simpleName}. */
  static boolean hasSimpleName(List<AnnotationMirror> annotations, String simpleName) {
    return annotations.stream().anyMatch(a -> simpleName(a).equals(simpleName));
  }

  /** The first of {@code annotations} of type {@code qualifiedName}, or null. */
  static AnnotationMirror first(List<AnnotationMirror> annotations, String qualifiedName) {
    return annotations.stream()
        .filter(a -> qualifiedName(a).equals(qualifiedName))
        .findFirst()
        .orElse(null);
  }

  /** The value written for {@code name}, or null when the annotation uses the default. */
  static AnnotationValue explicit(AnnotationMirror mirror, String name) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The string written for {@code name}, or {@code fallback} (also when it is no string). */
  static String string(AnnotationMirror mirror, String name, String fallback) {
    return raw(mirror, name) instanceof String value ? value : fallback;
  }

  /** The strings written for array member {@code name}, in order; empty by default. */
  static List<String> strings(AnnotationMirror mirror, String name) {
    List<String> strings = new ArrayList<>();
    if (raw(mirror, name) instanceof List<?> values) {
      for (Object value : values) {
        if (value instanceof AnnotationValue item && item.getValue() instanceof String string) {
          strings.add(string);
        }
      }
    }
    return strings;
  }

  /** The enum constant written for {@code name} (its simple name), or {@code fallback}. */
  static String enumName(AnnotationMirror mirror, String name, String fallback) {
    AnnotationValue value = explicit(mirror, name);
    return value == null
        ? fallback
        : ((VariableElement) value.getValue()).getSimpleName().toString();
  }

  /** The value written for {@code name} as an object (boxed primitive, String...), or null. */
  static Object raw(AnnotationMirror mirror, String name) {
    AnnotationValue value = explicit(mirror, name);
    return value == null ? null : value.getValue();
  }

  static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static TypeMirror declaredType(Element element) {
    return element instanceof ExecutableElement method ? method.getReturnType() : element.asType();
  }
}
