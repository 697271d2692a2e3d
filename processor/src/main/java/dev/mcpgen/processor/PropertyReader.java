package dev.mcpgen.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the JSON properties of records and beans the way Jackson 3 binds them: record components;
 * bean setters and public fields for input, getters and public fields for output; renamed by
 * {@code @JsonProperty}, dropped by {@code @JsonIgnore}. Properties come in declaration order,
 * superclass first; types are resolved against the type arguments in use ({@code Page<Item>}).
 */
final class PropertyReader {
  /**
   * One property.
   *
   * @param name its JSON name
   * @param type its Java type, resolved
   * @param elements the component, field and accessors that declare it, for annotations
   * @param requiredHint {@code @JsonProperty(required = true)}
   * @param description from Javadoc, or null
   */
  record Source(
      String name, TypeMirror type, List<Element> elements, boolean requiredHint,
      String description) {}

  private final Types types;
  private final Elements elements;

  PropertyReader(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** The components of a record; descriptions come from its {@code @param} tags. */
  List<Source> record(DeclaredType type, TypeElement record) {
    Javadoc doc = Javadoc.parse(elements.getDocComment(record));
    List<Source> sources = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      ExecutableElement accessor = component.getAccessor();
      VariableElement field = ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
          .filter(f -> f.getSimpleName().contentEquals(name))
          .findFirst()
          .orElse(null);
      List<Element> declaring =
          Stream.of(component, accessor, field).filter(Objects::nonNull).map(Element.class::cast)
              .toList();
      TypeMirror resolved = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
      add(sources, name, resolved, declaring, doc.param(name));
    }
    return sources;
  }

  /**
   * The properties of a bean: settable ones for {@code input}, readable ones otherwise. As in
   * Jackson, the field, getter and setter of a property share their annotations.
   */
  List<Source> bean(DeclaredType type, TypeElement bean, boolean input) {
    Map<String, Accessors> byName = new LinkedHashMap<>();
    for (TypeElement c : hierarchy(bean)) {
      for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          byName.computeIfAbsent(field.getSimpleName().toString(), n -> new Accessors()).field =
              field;
        }
      }
      for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
        String setter = setterProperty(method);
        String getter = getterProperty(method);
        if (setter != null) {
          byName.computeIfAbsent(setter, n -> new Accessors()).setter = method;
        } else if (getter != null) {
          byName.computeIfAbsent(getter, n -> new Accessors()).getter = method;
        }
      }
    }
    List<Source> sources = new ArrayList<>();
    byName.forEach((name, accessors) -> {
      ExecutableElement accessor = input ? accessors.setter : accessors.getter;
      if (accessor != null) {
        ExecutableType method = (ExecutableType) types.asMemberOf(type, accessor);
        TypeMirror resolved = input ? method.getParameterTypes().get(0) : method.getReturnType();
        add(sources, name, resolved, accessors.declaring(), accessors.description(elements));
      } else if (accessors.isPublicField(input)) {
        TypeMirror resolved = types.asMemberOf(type, accessors.field);
        add(sources, name, resolved, accessors.declaring(), accessors.description(elements));
      }
    });
    return sources;
  }

  private static void add(
      List<Source> sources, String implicitName, TypeMirror type, List<Element> declaring,
      String description) {
    List<AnnotationMirror> annotations = Annotations.onElementsAndTypes(declaring);
    if (Annotations.first(annotations, Annotations.JSON_IGNORE) != null) {
      return;
    }
    AnnotationMirror property = Annotations.first(annotations, Annotations.JSON_PROPERTY);
    String name = Annotations.string(property, "value", "");
    boolean required = Boolean.TRUE.equals(Annotations.raw(property, "required"));
    sources.add(new Source(
        name.isEmpty() ? implicitName : name, type, declaring, required, description));
  }

  /** The class and its superclasses up to (not including) Object, superclass first. */
  private List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement c = type; c != null; c = superclass(c)) {
      chain.add(0, c);
    }
    return chain;
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) types.asElement(superclass);
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  private static String setterProperty(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    return isPublicInstance(method) && method.getParameters().size() == 1
            && name.startsWith("set") && name.length() > 3
        ? Names.decapitalize(name.substring(3))
        : null;
  }

  private static String getterProperty(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (!isPublicInstance(method) || !method.getParameters().isEmpty()) {
      return null;
    }
    TypeKind returns = method.getReturnType().getKind();
    if (name.startsWith("get") && name.length() > 3 && returns != TypeKind.VOID
        && !name.equals("getClass")) {
      return Names.decapitalize(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && returns == TypeKind.BOOLEAN) {
      return Names.decapitalize(name.substring(2));
    }
    return null;
  }

  private static boolean isPublicInstance(Element element) {
    return element.getModifiers().contains(Modifier.PUBLIC)
        && !element.getModifiers().contains(Modifier.STATIC);
  }

  /** The field, getter and setter of one bean property, any of them absent. */
  private static final class Accessors {
    VariableElement field;
    ExecutableElement getter;
    ExecutableElement setter;

    boolean isPublicField(boolean input) {
      return field != null
          && field.getModifiers().contains(Modifier.PUBLIC)
          && !field.getModifiers().contains(Modifier.TRANSIENT)
          && !(input && field.getModifiers().contains(Modifier.FINAL));
    }

    List<Element> declaring() {
      return Stream.of(field, getter, setter)
          .filter(Objects::nonNull)
          .map(Element.class::cast)
          .toList();
    }

    /** The first Javadoc description of the field, the getter, the setter. */
    String description(Elements elements) {
      return declaring().stream()
          .map(e -> Javadoc.parse(elements.getDocComment(e)).description())
          .filter(Objects::nonNull)
          .findFirst()
          .orElse(null);
    }
  }
}
