package dev.mcpgen.processor;

import static dev.mcpgen.processor.RuntimeTypes.ARGUMENTS;
import static dev.mcpgen.processor.RuntimeTypes.JSON_NODE;
import static dev.mcpgen.processor.RuntimeTypes.TYPE_REFERENCE;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The constants of a dispatch class, created as the tools need them: each default value parsed
 * once ({@code LIST_DATA_PREFIX}), each generic type captured once as a Jackson
 * {@code TypeReference} ({@code LIST_OF_DOUBLE}). Non-generic types need none: a class literal
 * does.
 */
final class DispatchConstants {
  private final NameAllocator names;
  private final List<FieldSpec> fields = new ArrayList<>();
  private final Map<TypeName, String> typeReferences = new HashMap<>();

  DispatchConstants(NameAllocator names) {
    this.names = names;
  }

  /** The constants so far, in order of first use. */
  List<FieldSpec> fields() {
    return fields;
  }

  /**
   * {@code Arguments.intValue(arguments, "a", null)}: binds the argument of {@code param} from
   * the JSON object {@code node}; {@code owner} names its default's constant.
   */
  CodeBlock binding(String owner, ParamModel param, String node) {
    String name = param.argument().name();
    CodeBlock fallback = fallback(owner, param);
    if (!param.binding().takesType()) {
      return CodeBlock.of("$T.$N($N, $S, $L)", ARGUMENTS, param.binding().method(), node, name,
          fallback);
    }
    return CodeBlock.of("$T.$N($N, $S, $L, $L)", ARGUMENTS, param.binding().method(), node, name,
        fallback, type(param.bindType()));
  }

  /**
   * The fallback argument of a binding: a constant named after {@code owner} and the argument,
   * such as {@code GREET_NAME}, or {@code null}.
   */
  private CodeBlock fallback(String owner, ParamModel param) {
    JsonValue fallback = param.fallback();
    if (fallback == null) {
      return CodeBlock.of("null");
    }
    String name = names.newName(upperSnake(owner + "_" + param.argument().name()));
    fields.add(constant(JSON_NODE, name)
        .initializer("$T.json($L)", ARGUMENTS, JavaStrings.literal(fallback.toJson()))
        .build());
    return CodeBlock.of("$N", name);
  }

  /** The target type of a binding: {@code Item.class}, or a {@code TypeReference} constant. */
  CodeBlock type(TypeName type) {
    if (!isGeneric(type)) {
      return CodeBlock.of("$T.class", type);
    }
    String name = typeReferences.computeIfAbsent(type, t -> {
      String constant = names.newName(constantName(t));
      fields.add(constant(ParameterizedTypeName.get(TYPE_REFERENCE, t), constant)
          .initializer("new $T<>() {}", TYPE_REFERENCE)
          .build());
      return constant;
    });
    return CodeBlock.of("$N", name);
  }

  private static FieldSpec.Builder constant(TypeName type, String name) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
  }

  private static boolean isGeneric(TypeName type) {
    return type instanceof ParameterizedTypeName
        || (type instanceof ArrayTypeName array && isGeneric(array.componentType()));
  }

  /** {@code Map<String, List<Item>>} becomes {@code MAP_OF_STRING_LIST_OF_ITEM}. */
  private static String constantName(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      return constantName(parameterized.rawType()) + "_OF_"
          + parameterized.typeArguments().stream()
              .map(DispatchConstants::constantName)
              .collect(Collectors.joining("_"));
    }
    if (type instanceof ArrayTypeName array) {
      return constantName(array.componentType()) + "_ARRAY";
    }
    return upperSnake(type instanceof ClassName named ? named.simpleName() : type.toString());
  }

  private static String upperSnake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("[^A-Za-z0-9]+", "_")
        .toUpperCase(Locale.ROOT);
  }
}
