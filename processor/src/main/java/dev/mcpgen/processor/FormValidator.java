package dev.mcpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.mcpgen.processor.TypeModel.ArrayType;
import dev.mcpgen.processor.TypeModel.BooleanType;
import dev.mcpgen.processor.TypeModel.EnumType;
import dev.mcpgen.processor.TypeModel.IntegerType;
import dev.mcpgen.processor.TypeModel.NumberType;
import dev.mcpgen.processor.TypeModel.StringType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Validates an {@code @McpForm} record into a {@link FormModel}. Each component is read like a
 * tool parameter (from the canonical constructor, where {@code @McpParam} and constraints land),
 * then checked against what MCP's restricted elicitation schema can ask.
 */
final class FormValidator {
  static final String MCP_FORM = "dev.mcpgen.annotations.McpForm";
  static final String MCP_TITLE = "dev.mcpgen.annotations.McpTitle";

  /** The formats MCP forms know. */
  private static final Set<String> FORMATS = Set.of("email", "uri", "date", "date-time");

  /** The keywords each kind of form field may carry, beyond its type. */
  private static final Map<Class<?>, Set<String>> KEYWORDS = Map.of(
      StringType.class, Set.of("minLength", "maxLength", "format"),
      IntegerType.class, Set.of("minimum", "maximum"),
      NumberType.class, Set.of("minimum", "maximum"),
      BooleanType.class, Set.of(),
      EnumType.class, Set.of(),
      ArrayType.class, Set.of("minItems", "maxItems"));

  private final Context context;
  private final Diagnostics diagnostics;

  FormValidator(Context context, Diagnostics diagnostics) {
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /** The model of {@code type}, or null after reporting all its problems. */
  FormModel validate(TypeElement type) {
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.RECORD) {
      diagnostics.report(Message.FORM_NOT_A_RECORD, type, type.getQualifiedName());
      return null;
    }
    int errors = diagnostics.errorCount();
    checkAccessible(type);
    List<? extends RecordComponentElement> components = type.getRecordComponents();
    List<? extends VariableElement> params = canonical(type).getParameters();
    ParamValidator validator = new ParamValidator(context, diagnostics);
    Javadoc doc = context.javadoc(type);
    List<FormModel.Field> fields = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      ParamModel param = validator.validate(
          params.get(i), "form " + name, doc, context.elements().getPackageOf(type));
      if (param != null && isFormField(components.get(i), componentField(type, i), param, name)) {
        fields.add(field(params.get(i), param));
      }
    }
    return diagnostics.errorCount() > errors
        ? null
        : new FormModel(ClassName.get(type), fields, type);
  }

  /** The generated form, in the record's package, names the record. */
  private void checkAccessible(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)
          || ((TypeElement) e).getNestingKind() == NestingKind.LOCAL) {
        diagnostics.report(Message.TYPE_NOT_ACCESSIBLE, type, "@McpForm " + type.getSimpleName(),
            type.getQualifiedName().length() > 0 ? type.getQualifiedName() : type.getSimpleName(),
            context.elements().getPackageOf(type).getQualifiedName());
        return;
      }
    }
  }

  /** The constructor whose parameters are the components: their annotations propagate there. */
  private ExecutableElement canonical(TypeElement type) {
    List<? extends RecordComponentElement> components = type.getRecordComponents();
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .filter(c -> c.getParameters().size() == components.size())
        .filter(c -> {
          for (int i = 0; i < components.size(); i++) {
            if (!context.types().isSameType(
                c.getParameters().get(i).asType(), components.get(i).asType())) {
              return false;
            }
          }
          return true;
        })
        .findFirst()
        .orElseThrow();
  }

  /**
   * Whether {@code param} fits a form; problems are reported on {@code site}, the field of the
   * component: javac places no diagnostic on a record component itself, and the implicit
   * constructor's parameters sit on the record's name.
   */
  private boolean isFormField(
      RecordComponentElement component, Element site, ParamModel param, String form) {
    TypeModel type = param.argument() == null ? null : param.argument().type();
    if (!isFieldType(type)) {
      diagnostics.report(Message.FORM_FIELD_TYPE, site, component.getSimpleName(), form,
          component.asType());
      return false;
    }
    Set<String> allowed = KEYWORDS.get(type.getClass());
    for (String keyword : param.argument().constraints().members().keySet()) {
      if (!allowed.contains(keyword)) {
        diagnostics.report(Message.FORM_CONSTRAINT, site, component.getSimpleName(), form,
            keyword, allowed.isEmpty() ? "none on " + type.shape() : String.join(", ", allowed));
        return false;
      }
    }
    return true;
  }

  /** The private field of component {@code index}: the instance fields, in component order. */
  private static VariableElement componentField(TypeElement type, int index) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
        .toList()
        .get(index);
  }

  private static boolean isFieldType(TypeModel type) {
    if (type instanceof StringType string) {
      return !string.base64() && (string.format() == null || FORMATS.contains(string.format()));
    }
    return type instanceof BooleanType || type instanceof IntegerType
        || type instanceof NumberType || type instanceof EnumType
        || (type instanceof ArrayType array && array.items() instanceof EnumType);
  }

  private FormModel.Field field(VariableElement element, ParamModel param) {
    AnnotationMirror mcpParam = Annotations.find(element, ParamValidator.MCP_PARAM);
    boolean legacy = Boolean.TRUE.equals(Annotations.raw(mcpParam, "legacyEnumNames"));
    TypeElement enumType = enumOf(element.asType());
    return new FormModel.Field(param, enumType == null ? List.of() : titles(enumType), legacy);
  }

  /** The enum a field selects from: its type, or the element type of its list or set. */
  private static TypeElement enumOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    Element element = declared.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return (TypeElement) element;
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    return arguments.size() == 1 ? enumOf(arguments.get(0)) : null;
  }

  /** The title of each constant (its JSON value when it has none); empty when none has one. */
  private static List<String> titles(TypeElement enumType) {
    List<String> values = JacksonRules.enumValues(enumType);
    List<String> titles = new ArrayList<>();
    boolean titled = false;
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
        AnnotationMirror title = Annotations.find(constant, MCP_TITLE);
        titled |= title != null;
        titles.add(Annotations.string(title, "value", values.get(titles.size())));
      }
    }
    return titled ? titles : List.of();
  }
}
