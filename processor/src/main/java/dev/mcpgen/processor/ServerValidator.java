package dev.mcpgen.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Validates a server class (one with {@code @McpServer} or with tools) into a
 * {@link ServerModel}: the runtime must be able to create one instance of it per user, and its
 * names must be valid and unique.
 */
final class ServerValidator {
  static final String MCP_SERVER = "dev.mcpgen.annotations.McpServer";
  private static final String USER_CONTEXT = "dev.mcpgen.runtime.UserContext";
  private static final String SERVER_CONTROL = "dev.mcpgen.runtime.ServerControl";
  private static final String SERVER_FACTORY = "dev.mcpgen.runtime.spi.ServerFactory";

  private final Context context;
  private final Diagnostics diagnostics;

  ServerValidator(Context context, Diagnostics diagnostics) {
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /** The model of {@code type} with its valid {@code tools}, or null after reporting. */
  ServerModel validate(TypeElement type, List<ToolModel> tools, List<ResourceModel> resources,
      List<PromptModel> prompts, List<CompletionModel> completions) {
    int errors = diagnostics.errorCount();
    // Local and anonymous classes have no qualified name.
    String className = type.getQualifiedName().length() > 0
        ? type.getQualifiedName().toString()
        : type.getSimpleName().toString();
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      diagnostics.report(Message.SERVER_NOT_A_CLASS, type,
          type.getKind().name().toLowerCase(Locale.ROOT) + " " + className);
      return null;
    }
    checkInstantiable(type, className);
    ExecutableElement constructor = constructor(type);
    if (constructor == null) {
      String simple = type.getSimpleName().toString();
      diagnostics.report(Message.SERVER_NO_CONSTRUCTOR, type, className, simple);
    } else if (context.declaresChecked(constructor)) {
      diagnostics.report(Message.SERVER_CONSTRUCTOR_THROWS, constructor, className);
    }
    if (context.elements().getTypeElement(SERVER_FACTORY) == null) {
      diagnostics.report(Message.RUNTIME_MISSING, type, className);
    }
    AnnotationMirror server = Annotations.find(type, MCP_SERVER);
    String name = Annotations.string(server, "name", Names.kebab(type.getSimpleName().toString()));
    if (!Names.isValid(name)) {
      diagnostics.reportAtValue(Message.INVALID_NAME, type, server, "name", "Server", name,
          Names.suggest(name));
    }
    List<ToolModel> unique = uniqueTools(tools);
    List<IconModel> icons = new MetadataReader(diagnostics).icons(type, server, "server " + name);
    if (diagnostics.errorCount() > errors) {
      return null;
    }
    String title = Annotations.string(server, "title", "");
    String instructions = Annotations.string(server, "instructions", "");
    return new ServerModel(
        ClassName.get(type),
        name,
        Annotations.string(server, "version", defaultVersion()),
        title.isEmpty() ? null : title,
        instructions.isEmpty() ? context.javadoc(type).description() : instructions,
        Methods.orNull(Annotations.string(server, "websiteUrl", "")),
        icons,
        dependencies(constructor),
        isDeprecated(type) || context.elements().isDeprecated(constructor),
        unique,
        resources,
        prompts,
        completions,
        type);
  }

  private void checkInstantiable(TypeElement type, String className) {
    if (!type.getModifiers().contains(Modifier.PUBLIC) || !enclosersPublic(type)) {
      diagnostics.report(Message.SERVER_NOT_PUBLIC, type, className);
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.report(Message.SERVER_ABSTRACT, type, className);
    }
    NestingKind nesting = type.getNestingKind();
    if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS
        || (nesting == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC))) {
      diagnostics.report(Message.SERVER_INNER_CLASS, type, className);
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.report(Message.SERVER_GENERIC, type, className);
    }
  }

  private static boolean enclosersPublic(TypeElement type) {
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement;
        e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The public constructor taking the most of what the runtime supplies (a {@code UserContext}
   * and a {@code ServerControl}, each at most once, in any order), the first of those when two
   * take as many. The implicit constructor counts whatever its access: it has the class's, which
   * is reported apart.
   */
  private ExecutableElement constructor(TypeElement type) {
    ExecutableElement best = null;
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!c.getModifiers().contains(Modifier.PUBLIC)
          && context.elements().getOrigin(c) != Elements.Origin.MANDATED) {
        continue;
      }
      List<ServerModel.Dependency> dependencies = dependencies(c);
      if (dependencies.size() == c.getParameters().size()
          && dependencies.stream().distinct().count() == dependencies.size()
          && (best == null || c.getParameters().size() > best.getParameters().size())) {
        best = c;
      }
    }
    return best;
  }

  /** What each parameter of {@code constructor} is, skipping those the runtime cannot supply. */
  private static List<ServerModel.Dependency> dependencies(ExecutableElement constructor) {
    List<ServerModel.Dependency> dependencies = new ArrayList<>();
    for (VariableElement param : constructor.getParameters()) {
      if (Methods.is(param.asType(), USER_CONTEXT)) {
        dependencies.add(ServerModel.Dependency.USER);
      } else if (Methods.is(param.asType(), SERVER_CONTROL)) {
        dependencies.add(ServerModel.Dependency.CONTROL);
      }
    }
    return dependencies;
  }

  /** Drops (and reports) every tool whose name an earlier tool already has. */
  private List<ToolModel> uniqueTools(List<ToolModel> tools) {
    Map<String, ToolModel> byName = new HashMap<>();
    List<ToolModel> unique = new ArrayList<>();
    for (ToolModel tool : tools) {
      ToolModel first = byName.putIfAbsent(tool.name(), tool);
      if (first == null) {
        unique.add(tool);
      } else {
        AnnotationMirror mirror = Annotations.find(tool.origin(), ToolValidator.MCP_TOOL);
        diagnostics.reportAtValue(Message.DUPLICATE_TOOL_NAME, tool.origin(), mirror, "name",
            tool.name(), Names.signature(tool.origin()), Names.signature(first.origin()));
      }
    }
    return unique;
  }

  private String defaultVersion() {
    TypeElement annotation = context.elements().getTypeElement(MCP_SERVER);
    return ElementFilter.methodsIn(annotation.getEnclosedElements()).stream()
        .filter(m -> m.getSimpleName().contentEquals("version"))
        .map(m -> (String) m.getDefaultValue().getValue())
        .findFirst()
        .orElseThrow();
  }

  private boolean isDeprecated(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (context.elements().isDeprecated(e)) {
        return true;
      }
    }
    return false;
  }
}
