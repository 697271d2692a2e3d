package dev.mcpgen.processor;

import dev.mcpgen.processor.ToolModel.ResultModel;
import dev.mcpgen.processor.ToolModel.ResultModel.Kind;
import dev.mcpgen.processor.TypeModel.ObjectType;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Decides how a tool's return value becomes a result: text for strings and scalars, structured
 * content (with an output schema) for records and beans, pass-through for the runtime's own
 * result and content types, JSON text for everything else that has a JSON form.
 */
final class ResultValidator {
  private static final String CALL_TOOL_RESULT = "dev.mcpgen.runtime.CallToolResult";
  private static final String CONTENT = "dev.mcpgen.runtime.Content";

  private final Context context;
  private final Diagnostics diagnostics;

  ResultValidator(Context context, Diagnostics diagnostics) {
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /** The result model of {@code method}, or null after reporting why it has none. */
  ResultModel validate(ExecutableElement method) {
    TypeMirror type = method.getReturnType();
    if (type.getKind() == TypeKind.VOID) {
      return ResultModel.of(Kind.VOID);
    }
    if (type.getKind().isPrimitive()) {
      return ResultModel.of(Kind.PRIMITIVE);
    }
    if (type.getKind() == TypeKind.DECLARED) {
      String name = KnownTypes.qualifiedName(type);
      if (name.equals("java.lang.String")) {
        return ResultModel.of(Kind.TEXT);
      }
      if (name.equals(CALL_TOOL_RESULT)) {
        return ResultModel.of(Kind.RESULT);
      }
      if (isContent(type)) {
        return ResultModel.of(Kind.CONTENT);
      }
      if (isContentCollection((DeclaredType) type)) {
        return ResultModel.of(Kind.CONTENTS);
      }
    }
    String subject = "Return value of " + Names.signature(method);
    TypeValidator.Use use =
        new TypeValidator(context, diagnostics, method, subject, false).validate(type);
    if (use == null) {
      return null;
    }
    return use.type() instanceof ObjectType && !use.optional()
        ? new ResultModel(Kind.STRUCTURED, use.type())
        : ResultModel.of(Kind.VALUE);
  }

  private boolean isContent(TypeMirror type) {
    TypeElement content = context.elements().getTypeElement(CONTENT);
    return content != null
        && context.types().isAssignable(type, context.types().erasure(content.asType()));
  }

  /** A {@code Collection} (or {@code List}...) of {@code Content}. */
  private boolean isContentCollection(DeclaredType type) {
    TypeElement collection = context.elements().getTypeElement("java.util.Collection");
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() != 1
        || !context.types().isAssignable(
            context.types().erasure(type), context.types().erasure(collection.asType()))) {
      return false;
    }
    TypeMirror element = arguments.get(0);
    if (element instanceof WildcardType wildcard) {
      element = wildcard.getExtendsBound();
    }
    return element != null && isContent(element);
  }
}
