package dev.mcpgen.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.mcpgen.processor.JsonValue.JsonObject;
import dev.mcpgen.processor.ParamModel.Binding;
import dev.mcpgen.processor.TypeModel.Property;
import dev.mcpgen.processor.TypeModel.StringType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Validates one parameter of a tool method: its argument name, type, default value and
 * constraints. A parameter of type {@code McpContext} is the runtime's, not an argument.
 */
final class ParamValidator {
  static final String MCP_PARAM = "dev.mcpgen.annotations.McpParam";
  private static final String MCP_CONTEXT = "dev.mcpgen.runtime.McpContext";

  private final Context context;
  private final Diagnostics diagnostics;

  ParamValidator(Context context, Diagnostics diagnostics) {
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /**
   * The model of {@code param}, or null after reporting all its problems.
   *
   * @param method how messages name the method, e.g. {@code search(String)}
   * @param doc the method's Javadoc, for {@code @param} descriptions
   * @param from the package of the generated code, which must be able to name the type
   */
  ParamModel validate(VariableElement param, String method, Javadoc doc, PackageElement from) {
    TypeMirror type = param.asType();
    if (type.getKind() == TypeKind.DECLARED && KnownTypes.qualifiedName(type).equals(MCP_CONTEXT)) {
      return ParamModel.context();
    }
    int errors = diagnostics.errorCount();
    AnnotationMirror mcpParam = Annotations.find(param, MCP_PARAM);
    String name = Annotations.string(mcpParam, "name", param.getSimpleName().toString());
    if (!Names.isValid(name)) {
      diagnostics.reportAtValue(Message.INVALID_NAME, param, mcpParam, "name", "Argument", name,
          Names.suggest(name));
    }
    String subject = "Parameter " + param.getSimpleName() + " of " + method;
    TypeValidator.Use use =
        new TypeValidator(context, diagnostics, param, subject, true).validate(type);
    if (use == null) {
      return null;
    }
    Binding binding = binding(type);
    if (binding.takesType()) {
      checkAccessible(bound(type, binding), param, subject, from);
    }
    JsonValue defaultValue = defaultValue(param, mcpParam, use.type());
    Property argument = argument(param, mcpParam, name, use, defaultValue, doc);
    if (diagnostics.errorCount() > errors) {
      return null;
    }
    TypeName bindType = binding.takesType() ? typeName(bound(type, binding)) : null;
    return new ParamModel(binding, bindType, argument, defaultValue);
  }

  /** The published argument: required unless optional, nullable or defaulted (or overridden). */
  private Property argument(VariableElement param, AnnotationMirror mcpParam, String name,
      TypeValidator.Use use, JsonValue defaultValue, Javadoc doc) {
    List<AnnotationMirror> annotations = Annotations.onElementsAndTypes(List.of(param));
    boolean required = switch (Annotations.enumName(mcpParam, "required", "INFERRED")) {
      case "REQUIRED" -> true;
      case "OPTIONAL" -> false;
      default -> !use.optional() && defaultValue == null
          && !Annotations.hasSimpleName(annotations, "Nullable");
    };
    String javaName = param.getSimpleName().toString();
    String description = Annotations.string(mcpParam, "description", "");
    JsonObject keywords = new ConstraintReader(diagnostics)
        .read(annotations, use.type(), param, "parameter " + javaName);
    return new Property(name, use.type(), required,
        description.isEmpty() ? doc.param(javaName) : description, keywords);
  }

  private JsonValue defaultValue(VariableElement param, AnnotationMirror mcpParam, TypeModel type) {
    AnnotationValue written = Annotations.explicit(mcpParam, "defaultValue");
    String text = written == null ? "" : (String) written.getValue();
    // Empty means "no default", except that a string may default to the empty string.
    if (written == null || (text.isEmpty() && !(type instanceof StringType))) {
      return null;
    }
    String name = param.getSimpleName().toString();
    try {
      JsonValue value = DefaultValues.parse(text, type);
      String misfit = DefaultValues.misfit(value, type);
      if (misfit != null) {
        diagnostics.report(Message.DEFAULT_MISMATCH, param, mcpParam, written, value.toJson(),
            name, Names.simple(param.asType()), misfit);
      }
      return value;
    } catch (JsonParser.Failure e) {
      diagnostics.report(
          Message.DEFAULT_NOT_JSON, param, mcpParam, written, text, name, e.getMessage());
      return null;
    }
  }

  private static Binding binding(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN: return Binding.BOOLEAN;
      case BYTE: return Binding.BYTE;
      case SHORT: return Binding.SHORT;
      case INT: return Binding.INT;
      case LONG: return Binding.LONG;
      case CHAR: return Binding.CHAR;
      case FLOAT: return Binding.FLOAT;
      case DOUBLE: return Binding.DOUBLE;
      default: break;
    }
    return switch (type.getKind() == TypeKind.DECLARED ? KnownTypes.qualifiedName(type) : "") {
      case "java.util.Optional" -> Binding.OPTIONAL;
      case "java.util.OptionalInt" -> Binding.OPTIONAL_INT;
      case "java.util.OptionalLong" -> Binding.OPTIONAL_LONG;
      case "java.util.OptionalDouble" -> Binding.OPTIONAL_DOUBLE;
      default -> Binding.VALUE;
    };
  }

  /** The type the argument converts to: T of {@code Optional<T>}, else the parameter type. */
  private static TypeMirror bound(TypeMirror type, Binding binding) {
    return binding == Binding.OPTIONAL ? ((DeclaredType) type).getTypeArguments().get(0) : type;
  }

  /** The type as generated code writes it; type-use annotations are left out on purpose. */
  private static TypeName typeName(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return ArrayTypeName.of(typeName(((ArrayType) type).getComponentType()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return TypeName.get(type).withoutAnnotations();
    }
    DeclaredType declared = (DeclaredType) type;
    ClassName raw = ClassName.get((TypeElement) declared.asElement());
    return declared.getTypeArguments().isEmpty()
        ? raw
        : ParameterizedTypeName.get(raw, declared.getTypeArguments().stream()
            .map(ParamValidator::typeName).toArray(TypeName[]::new));
  }

  /** Generated code names the type, so it and its type arguments must be visible there. */
  private void checkAccessible(TypeMirror type, Element site, String subject, PackageElement from) {
    if (type.getKind() == TypeKind.ARRAY) {
      checkAccessible(((ArrayType) type).getComponentType(), site, subject, from);
    } else if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (!isAccessible(element, from)) {
        diagnostics.report(Message.TYPE_NOT_ACCESSIBLE, site, subject, element.getQualifiedName(),
            from.getQualifiedName());
      }
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        checkAccessible(argument, site, subject, from);
      }
    }
  }

  private boolean isAccessible(TypeElement type, PackageElement from) {
    boolean samePackage = context.elements().getPackageOf(type).equals(from);
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      boolean visible = e.getModifiers().contains(Modifier.PUBLIC)
          || (samePackage && !e.getModifiers().contains(Modifier.PRIVATE));
      if (!visible) {
        return false;
      }
    }
    return true;
  }
}
