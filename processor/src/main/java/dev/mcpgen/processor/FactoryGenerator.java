package dev.mcpgen.processor;

import static dev.mcpgen.processor.RuntimeTypes.ICON;
import static dev.mcpgen.processor.RuntimeTypes.SERVER_CONTROL;
import static dev.mcpgen.processor.RuntimeTypes.SERVER_FACTORY;
import static dev.mcpgen.processor.RuntimeTypes.SERVER_INFO;
import static dev.mcpgen.processor.RuntimeTypes.SERVER_INSTANCE;
import static dev.mcpgen.processor.RuntimeTypes.USER_CONTEXT;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Server>McpFactory}: the {@code ServerFactory} that {@code ServiceLoader}
 * finds. Everything it describes is a constant computed at compile time; {@code create} is the
 * only code that runs per user.
 */
final class FactoryGenerator {
  private static final TypeName STRINGS =
      ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
  private static final TypeName SCOPES = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(String.class),
      ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class)));

  private FactoryGenerator() {}

  static JavaFile generate(ServerModel server) {
    TypeSpec.Builder factory = TypeSpec.classBuilder(server.factory())
        .addJavadoc("Creates the MCP server {@code $L} from {@link $T}, one instance per user.\n",
            server.name(), server.type())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(SERVER_FACTORY)
        .addField(FieldSpec.builder(SERVER_INFO, "INFO", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer(info(server))
            .build())
        .addField(FieldSpec.builder(STRINGS, "TOOLS", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer(tools(server))
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Called by {@code ServiceLoader}.\n")
            .addModifiers(Modifier.PUBLIC)
            .build())
        .addMethod(getter("info", SERVER_INFO, "INFO"))
        .addMethod(getter("toolDefinitions", STRINGS, "TOOLS"))
        .addMethods(create(server));
    if (server.tools().stream().anyMatch(tool -> !tool.scopes().isEmpty())) {
      factory.addField(FieldSpec.builder(SCOPES, "TOOL_SCOPES", Modifier.PRIVATE,
              Modifier.STATIC, Modifier.FINAL)
          .initializer(scopes(server))
          .build());
      factory.addMethod(getter("toolScopes", SCOPES, "TOOL_SCOPES"));
    }
    addDefinitions(factory, "RESOURCES", "resourceDefinitions",
        server.fixedResources().stream().map(DefinitionGenerator::resource).toList());
    addDefinitions(factory, "RESOURCE_TEMPLATES", "resourceTemplateDefinitions",
        server.resourceTemplates().stream().map(DefinitionGenerator::resource).toList());
    addDefinitions(factory, "PROMPTS", "promptDefinitions",
        server.prompts().stream().map(DefinitionGenerator::prompt).toList());
    if (!server.completions().isEmpty()) {
      factory.addMethod(MethodSpec.methodBuilder("hasCompletions")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(boolean.class)
          .addStatement("return true")
          .build());
    }
    if (server.deprecated()) {
      factory.addAnnotation(suppressDeprecation());
    }
    return JavaFile.builder(server.type().packageName(), factory.build()).build();
  }

  /**
   * {@code create(user)}; when the server takes a {@code ServerControl}, also
   * {@code create(user, control)}, which hosts call, with {@code create(user)} passing a control
   * that reaches no one.
   */
  private static List<MethodSpec> create(ServerModel server) {
    MethodSpec.Builder create = MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(SERVER_INSTANCE)
        .addParameter(USER_CONTEXT, "user");
    List<String> arguments = server.constructor().stream()
        .map(d -> d == ServerModel.Dependency.USER ? "user" : "control")
        .toList();
    CodeBlock instance = CodeBlock.of("new $T(new $T($L))", server.dispatch(), server.type(),
        String.join(", ", arguments));
    if (!server.constructor().contains(ServerModel.Dependency.CONTROL)) {
      return List.of(create.addStatement("return $L", instance).build());
    }
    return List.of(
        create.addStatement("return create(user, $T.none())", SERVER_CONTROL).build(),
        MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(SERVER_INSTANCE)
            .addParameter(USER_CONTEXT, "user")
            .addParameter(SERVER_CONTROL, "control")
            .addStatement("return $L", instance)
            .build());
  }

  /**
   * {@code new ServerInfo(name, version, title, instructions)}, plus the web site and icons when
   * the server has either.
   */
  private static CodeBlock info(ServerModel server) {
    CodeBlock.Builder info = CodeBlock.builder().add("new $T($L, $L, $L, $L", SERVER_INFO,
        JavaStrings.literal(server.name()), JavaStrings.literal(server.version()),
        literalOrNull(server.title()), literalOrNull(server.instructions()));
    if (server.websiteUrl() != null || !server.icons().isEmpty()) {
      List<CodeBlock> icons = server.icons().stream()
          .map(icon -> CodeBlock.of("new $T($L, $L, $T.of($L), $L)", ICON,
              JavaStrings.literal(icon.src()), literalOrNull(icon.mimeType()), List.class,
              CodeBlock.join(icon.sizes().stream().map(JavaStrings::literal).toList(), ", "),
              literalOrNull(icon.theme())))
          .toList();
      info.add(", $L, $T.of($L)", literalOrNull(server.websiteUrl()), List.class,
          CodeBlock.join(icons, ", "));
    }
    return info.add(")").build();
  }

  /** {@code List.of(definition, ...)}, one JSON constant per tool in declaration order. */
  private static CodeBlock tools(ServerModel server) {
    return definitions(server.tools().stream().map(DefinitionGenerator::tool).toList());
  }

  /**
   * A constant and its getter for resources, templates or prompts; none when there are none, as
   * the {@code ServerFactory} defaults say so already.
   */
  private static void addDefinitions(TypeSpec.Builder factory, String field, String getter,
      List<JsonValue.JsonObject> values) {
    if (values.isEmpty()) {
      return;
    }
    factory.addField(FieldSpec.builder(STRINGS, field, Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer(definitions(values))
        .build());
    factory.addMethod(getter(getter, STRINGS, field));
  }

  private static CodeBlock definitions(List<JsonValue.JsonObject> values) {
    if (values.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    List<CodeBlock> definitions = values.stream()
        .map(value -> JavaStrings.literal(value.toJson()))
        .toList();
    return CodeBlock.builder()
        .add("$T.of(\n$>$>", List.class)
        .add(CodeBlock.join(definitions, ",\n"))
        .add("$<$<)")
        .build();
  }

  /** {@code Map.ofEntries(Map.entry(tool, Set.of(scope, ...)), ...)}, in declaration order. */
  private static CodeBlock scopes(ServerModel server) {
    List<CodeBlock> entries = server.tools().stream()
        .filter(tool -> !tool.scopes().isEmpty())
        .map(tool -> CodeBlock.of("$T.entry($L, $T.of($L))", Map.class,
            JavaStrings.literal(tool.name()), Set.class, CodeBlock.join(
                tool.scopes().stream().map(JavaStrings::literal).toList(), ", ")))
        .toList();
    return CodeBlock.builder()
        .add("$T.ofEntries(\n$>$>", Map.class)
        .add(CodeBlock.join(entries, ",\n"))
        .add("$<$<)")
        .build();
  }

  private static MethodSpec getter(String name, TypeName type, String field) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", field)
        .build();
  }

  private static CodeBlock literalOrNull(String value) {
    return value == null ? CodeBlock.of("null") : JavaStrings.literal(value);
  }

  /** For generated code that names deprecated user code: the user chose to, not us. */
  static AnnotationSpec suppressDeprecation() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "{$S, $S}", "deprecation", "removal")
        .build();
  }
}
