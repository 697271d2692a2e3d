package dev.mcpgen.processor;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The names MCP accepts for servers, tools and arguments, and the defaults derived from Java. */
final class Names {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  private Names() {}

  /** Whether {@code name} is a valid MCP name. */
  static boolean isValid(String name) {
    return VALID.matcher(name).matches();
  }

  /** A valid name close to {@code name}, to suggest in a diagnostic. */
  static String suggest(String name) {
    String replaced = name.replaceAll("[^A-Za-z0-9_.-]", "_");
    String trimmed = replaced.length() > 128 ? replaced.substring(0, 128) : replaced;
    return trimmed.isEmpty() ? "name" : trimmed;
  }

  /**
   * The kebab-case form of a class name: {@code SimpleTools} becomes {@code simple-tools},
   * {@code HTTPTools} becomes {@code http-tools}.
   */
  static String kebab(String simpleName) {
    return simpleName
        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The property a bean accessor name stands for, as Jackson 3 derives it
   * ({@code java.beans.Introspector} rules): {@code getFirstName} gives {@code firstName},
   * {@code getURL} gives {@code URL}.
   */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0))
        && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** How diagnostics name a method: {@code search(String, List<Integer>)}. */
  static String signature(ExecutableElement method) {
    return method.getSimpleName()
        + method.getParameters().stream()
            .map(p -> simple(p.asType()))
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** A type with simple class names, as people write it. */
  static String simple(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return simple(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    DeclaredType declared = (DeclaredType) type;
    String name = declared.asElement().getSimpleName().toString();
    return declared.getTypeArguments().isEmpty()
        ? name
        : name + declared.getTypeArguments().stream()
            .map(Names::simple)
            .collect(Collectors.joining(", ", "<", ">"));
  }
}
