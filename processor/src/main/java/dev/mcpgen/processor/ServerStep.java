package dev.mcpgen.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Assembles each server class (annotated {@code @McpServer}, or holding tools) with the features
 * the earlier steps found, and generates its factory, dispatch and manifests. In the last round
 * it registers every factory for {@code ServiceLoader}, sorted, in one file.
 */
final class ServerStep implements Step {
  static final String SERVICES = "META-INF/services/dev.mcpgen.runtime.spi.ServerFactory";

  private final Context context;
  private final Features features;
  private final GeneratedFiles files;
  private final Map<String, String> classByServerName = new HashMap<>();
  private final Map<String, TypeElement> factories = new TreeMap<>();

  ServerStep(Context context, Features features, GeneratedFiles files) {
    this.context = context;
    this.features = features;
    this.files = files;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(ServerValidator.MCP_SERVER);
  }

  @Override
  public void process(RoundEnvironment round) {
    Map<String, TypeElement> classes = new TreeMap<>(features.classes());
    classes.keySet().removeIf(features::isDeferred);
    TypeElement server = context.elements().getTypeElement(ServerValidator.MCP_SERVER);
    for (Element element : round.getElementsAnnotatedWith(server)) {
      TypeElement type = (TypeElement) element;
      String name = Servers.name(context, type);
      if (!features.isDeferred(name)) {
        classes.putIfAbsent(name, type);
      }
    }
    classes.forEach(this::generate);
    features.clearRound();
  }

  @Override
  public void finish() {
    if (factories.isEmpty()) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    files.resource(SERVICES, String.join("\n", factories.keySet()) + "\n", diagnostics,
        factories.values().toArray(new Element[0]));
    diagnostics.flushTo(context.messager());
  }

  private void generate(String name, TypeElement type) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      ServerModel server =
          new ServerValidator(context, diagnostics).validate(type, features.tools(name),
              features.resources(name), features.prompts(name), features.completions(name));
      if (server != null && isUnique(server, diagnostics)) {
        write(server, diagnostics);
      }
    } catch (RuntimeException e) {
      diagnostics.report(Message.INTERNAL_ERROR, type, name, Servers.stackTrace(e));
    }
    diagnostics.flushTo(context.messager());
  }

  private boolean isUnique(ServerModel server, Diagnostics diagnostics) {
    String className = server.type().canonicalName();
    String first = classByServerName.putIfAbsent(server.name(), className);
    if (first == null || first.equals(className)) {
      return true;
    }
    AnnotationMirror mirror = Annotations.find(server.origin(), ServerValidator.MCP_SERVER);
    diagnostics.reportAtValue(Message.DUPLICATE_SERVER_NAME, server.origin(), mirror, "name",
        server.name(), className, first);
    return false;
  }

  private void write(ServerModel server, Diagnostics diagnostics) {
    TypeElement origin = server.origin();
    files.source(FactoryGenerator.generate(server), origin, diagnostics);
    files.source(DispatchGenerator.generate(server), origin, diagnostics);
    files.resource(DefinitionGenerator.manifestPath(server, "tools.json"),
        DefinitionGenerator.toolsJson(server), diagnostics, origin);
    files.resource(DefinitionGenerator.manifestPath(server, "server.json"),
        DefinitionGenerator.serverJson(server), diagnostics, origin);
    if (!server.resources().isEmpty()) {
      files.resource(DefinitionGenerator.manifestPath(server, "resources.json"),
          DefinitionGenerator.resourcesJson(server), diagnostics, origin);
    }
    if (!server.prompts().isEmpty()) {
      files.resource(DefinitionGenerator.manifestPath(server, "prompts.json"),
          DefinitionGenerator.promptsJson(server), diagnostics, origin);
    }
    files.resource(DefinitionGenerator.manifestPath(server, "mcp.json"),
        ClientConfigGenerator.mcpJson(server), diagnostics, origin);
    factories.put(server.factory().reflectionName(), origin);
  }
}
