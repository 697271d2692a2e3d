package dev.mcpgen.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated server class and its tools.
 *
 * @param type the server class
 * @param name the server name clients see
 * @param version its version
 * @param title its human-readable title, or null
 * @param instructions its instructions for models, or null
 * @param websiteUrl its web site, or null
 * @param icons its icons, possibly none
 * @param constructor what its constructor takes, in order: the user, the control, both or none
 * @param deprecated whether creating it names a deprecated class or constructor
 * @param tools its tools in declaration order
 * @param resources its resources and resource templates in declaration order
 * @param prompts its prompts in declaration order
 * @param completions its completion methods in declaration order
 * @param origin the class, the originating element of every generated file
 */
record ServerModel(
    ClassName type,
    String name,
    String version,
    String title,
    String instructions,
    String websiteUrl,
    List<IconModel> icons,
    List<Dependency> constructor,
    boolean deprecated,
    List<ToolModel> tools,
    List<ResourceModel> resources,
    List<PromptModel> prompts,
    List<CompletionModel> completions,
    TypeElement origin) {

  ServerModel {
    icons = List.copyOf(icons);
    constructor = List.copyOf(constructor);
    tools = List.copyOf(tools);
    resources = List.copyOf(resources);
    prompts = List.copyOf(prompts);
    completions = List.copyOf(completions);
  }

  /** What the runtime hands a server's constructor. */
  enum Dependency {
    /** The {@code UserContext}. */
    USER,
    /** The {@code ServerControl}. */
    CONTROL
  }

  /** Its fixed resources. */
  List<ResourceModel> fixedResources() {
    return resources.stream().filter(r -> !r.isTemplate()).toList();
  }

  /** Its resource templates. */
  List<ResourceModel> resourceTemplates() {
    return resources.stream().filter(ResourceModel::isTemplate).toList();
  }

  /** {@code <Server>McpFactory}; nested classes join their names: {@code Outer_InnerMcpFactory}. */
  ClassName factory() {
    return generated("McpFactory");
  }

  /** {@code <Server>McpDispatch}. */
  ClassName dispatch() {
    return generated("McpDispatch");
  }

  private ClassName generated(String suffix) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
  }
}
