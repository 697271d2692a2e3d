package dev.mcpgen.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * How Jackson 3, which binds arguments at run time, names enum constants and creates beans, so
 * schemas promise only what binding delivers.
 */
final class JacksonRules {
  private JacksonRules() {}

  /** The JSON names of an enum's constants: {@code @JsonProperty("x")}, else the constant name. */
  static List<String> enumValues(TypeElement enumType) {
    List<String> values = new ArrayList<>();
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
        AnnotationMirror renamed = Annotations.find(constant, Annotations.JSON_PROPERTY);
        String name = Annotations.string(renamed, "value", "");
        values.add(name.isEmpty() ? constant.getSimpleName().toString() : name);
      }
    }
    return values;
  }

  /** Why JSON cannot create an instance of a bean class, or null when it can. */
  static String creationProblem(TypeElement bean) {
    if (bean.getKind() != ElementKind.CLASS || bean.getModifiers().contains(Modifier.ABSTRACT)) {
      return "an interface or abstract class, which JSON cannot create";
    }
    if (bean.getNestingKind() == NestingKind.MEMBER
        && !bean.getModifiers().contains(Modifier.STATIC)) {
      return "an inner class, which JSON cannot create without its enclosing instance";
    }
    boolean creatable = ElementFilter.constructorsIn(bean.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    return creatable ? null : "a class without a public no-argument constructor";
  }
}
