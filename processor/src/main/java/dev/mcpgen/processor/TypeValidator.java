package dev.mcpgen.processor;

import dev.mcpgen.processor.JsonValue.JsonObject;
import dev.mcpgen.processor.TypeModel.AnyType;
import dev.mcpgen.processor.TypeModel.EnumType;
import dev.mcpgen.processor.TypeModel.MapType;
import dev.mcpgen.processor.TypeModel.ObjectType;
import dev.mcpgen.processor.TypeModel.Property;
import dev.mcpgen.processor.TypeModel.RefType;
import dev.mcpgen.processor.TypeModel.StringType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the JSON shape of the type of one parameter or return value, or reports, on that
 * parameter or method, every part of the type that has none. One instance per use: it tracks the
 * records and beans it is inside of, to turn recursion into references.
 */
final class TypeValidator {
  /** A use of a type: its shape, and whether it may be absent ({@code Optional}...). */
  record Use(TypeModel type, boolean optional) {}

  /** Beyond this many nested objects a type is taken to grow without end ({@code Box<List<T>>}). */
  private static final int MAX_DEPTH = 32;

  private final PropertyReader properties;
  private final ConstraintReader constraints;
  private final Diagnostics diagnostics;
  private final Element site;
  private final String subject;
  private final boolean input;
  private final Deque<String> inside = new ArrayDeque<>();
  private final Deque<String> path = new ArrayDeque<>();
  private boolean failed;

  /**
   * @param site where problems are reported
   * @param subject how messages name the use, e.g. {@code Parameter query of search(String)}
   * @param input whether JSON binds to the type (a parameter) or comes from it (a return value)
   */
  TypeValidator(
      Context context, Diagnostics diagnostics, Element site, String subject, boolean input) {
    this.properties = new PropertyReader(context.types(), context.elements());
    this.constraints = new ConstraintReader(diagnostics);
    this.diagnostics = diagnostics;
    this.site = site;
    this.subject = subject;
    this.input = input;
  }

  /** The use of {@code type}, or null after reporting why it has no JSON Schema. */
  Use validate(TypeMirror type) {
    Use use = use(type);
    return failed ? null : use;
  }

  /** A parameter's or property's type: {@code Optional<T>} is T, optional. */
  private Use use(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      String name = KnownTypes.qualifiedName(type);
      TypeModel primitive = KnownTypes.optionalPrimitive(name);
      if (primitive != null) {
        return new Use(primitive, true);
      }
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (name.equals("java.util.Optional") && arguments.size() == 1) {
        TypeModel inner = shape(arguments.get(0));
        return inner == null ? null : new Use(inner, true);
      }
    }
    TypeModel shape = shape(type);
    return shape == null ? null : new Use(shape, false);
  }

  private TypeModel shape(TypeMirror type) {
    TypeModel scalar = KnownTypes.scalar(type);
    if (scalar != null) {
      return scalar;
    }
    switch (type.getKind()) {
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return new StringType(null, 0, true);
        }
        TypeModel items = shape(component);
        return items == null ? null : new TypeModel.ArrayType(items, false);
      case DECLARED:
        return declared((DeclaredType) type);
      case TYPEVAR:
        return unresolved(type, "type variable");
      case WILDCARD:
        return unresolved(type, "wildcard");
      case ERROR:
        diagnostics.missingType(type.toString());
        return fail(Message.UNRESOLVED_TYPE, subject, type);
      default:
        return unsupported(type, "it holds no data", suggestion());
    }
  }

  private TypeModel declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (!input && KnownTypes.isAnyJson(name)) {
      return new AnyType();
    }
    if (name.equals("java.util.Optional") || KnownTypes.optionalPrimitive(name) != null) {
      return unsupported(type, "an Optional only makes a parameter or property optional",
          "the type it holds");
    }
    if (!element.getTypeParameters().isEmpty() && arguments.isEmpty()) {
      return unsupported(type, "a raw type", "a parameterized type such as List<String>");
    }
    if (KnownTypes.isList(name) || KnownTypes.isSet(name)) {
      TypeModel items = shape(arguments.get(0));
      return items == null ? null : new TypeModel.ArrayType(items, KnownTypes.isSet(name));
    }
    if (KnownTypes.isMap(name)) {
      return map(type, arguments.get(0), arguments.get(1));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new EnumType(JacksonRules.enumValues(element));
    }
    if (element.getKind() == ElementKind.RECORD) {
      return object(type, element, properties.record(type, element), true);
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      return unsupported(type, "a JDK type with no JSON form", suggestion());
    }
    return bean(type, element);
  }

  private TypeModel map(DeclaredType type, TypeMirror key, TypeMirror value) {
    if (key.getKind() == TypeKind.TYPEVAR || key.getKind() == TypeKind.WILDCARD) {
      return shape(key);
    }
    if (key.getKind() != TypeKind.DECLARED
        || !KnownTypes.qualifiedName(key).equals("java.lang.String")) {
      return fail(Message.MAP_KEY_NOT_STRING, subject, describe(type), key);
    }
    TypeModel values = shape(value);
    return values == null ? null : new MapType(values);
  }

  private TypeModel bean(DeclaredType type, TypeElement element) {
    String problem = input ? JacksonRules.creationProblem(element) : null;
    if (problem != null) {
      return unsupported(type, problem,
          "a record, or a class with a public no-argument constructor and setters");
    }
    List<PropertyReader.Source> sources = properties.bean(type, element, input);
    if (sources.isEmpty()) {
      return unsupported(type, input ? "it has no setters or public fields"
          : "it has no getters or public fields", "a record");
    }
    return object(type, element, sources, false);
  }

  /** Records require their non-optional components; beans only what asks to be required. */
  private TypeModel object(
      DeclaredType type, TypeElement element, List<PropertyReader.Source> sources,
      boolean isRecord) {
    String key = KnownTypes.key(type);
    if (inside.contains(key)) {
      return new RefType(key);
    }
    if (inside.size() >= MAX_DEPTH) {
      return unsupported(type, "its type arguments grow at each level", "a non-generic record");
    }
    inside.push(key);
    List<Property> properties = new ArrayList<>();
    for (PropertyReader.Source source : sources) {
      path.push(element.getSimpleName() + "." + source.name());
      Use use = use(source.type());
      if (use != null) {
        List<AnnotationMirror> annotations = Annotations.onElementsAndTypes(source.elements());
        boolean nullable = Annotations.hasSimpleName(annotations, "Nullable");
        boolean required = isRecord ? !use.optional() && !nullable : source.requiredHint();
        JsonObject keywords = constraints.read(
            annotations, use.type(), source.elements().get(0), "property " + path.peek());
        properties.add(
            new Property(source.name(), use.type(), required, source.description(), keywords));
      }
      path.pop();
    }
    inside.pop();
    String name = element.getSimpleName().toString();
    return new ObjectType(key, name, properties);
  }

  private TypeModel unresolved(TypeMirror type, String kind) {
    return fail(Message.UNRESOLVED_TYPE_ARGUMENT, subject, describe(type), kind);
  }

  private TypeModel unsupported(TypeMirror type, String reason, String instead) {
    return fail(Message.UNSUPPORTED_TYPE, subject, describe(type), reason, instead);
  }

  private TypeModel fail(Message message, Object... args) {
    diagnostics.report(message, site, args);
    failed = true;
    return null;
  }

  /** The type, and where in the parameter's type it sits when nested. */
  private String describe(TypeMirror type) {
    return path.isEmpty() ? type.toString() : type + " (at " + path.peek() + ")";
  }

  private String suggestion() {
    return input
        ? "a String, a number, a boolean, an enum, a record, a List, a Map<String, V> or an"
            + " Optional of those"
        : "a String, a number, a record, a List, Content or CallToolResult";
  }
}
