package dev.mcpgen.processor;

import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Checks shared by the resource and prompt validators. */
final class Methods {
  private static final String MCP_CONTEXT = "dev.mcpgen.runtime.McpContext";

  private Methods() {}

  /** The generated dispatch calls the method directly, on the user's instance. */
  static void checkCallable(Diagnostics diagnostics, ExecutableElement method, String annotation,
      String signature) {
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.STATIC)
        || !method.getTypeParameters().isEmpty()) {
      diagnostics.report(Message.FEATURE_NOT_CALLABLE, method, annotation, signature);
    }
  }

  static boolean isContext(VariableElement param) {
    return is(param.asType(), MCP_CONTEXT);
  }

  static boolean isString(TypeMirror type) {
    return is(type, "java.lang.String");
  }

  /** Whether {@code type} is the declared type {@code qualifiedName}, ignoring type arguments. */
  static boolean is(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && KnownTypes.qualifiedName(type).equals(qualifiedName);
  }

  /** The single type argument of a declared type, or null. */
  static TypeMirror typeArgument(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED
        || ((DeclaredType) type).getTypeArguments().size() != 1) {
      return null;
    }
    return ((DeclaredType) type).getTypeArguments().get(0);
  }

  static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
