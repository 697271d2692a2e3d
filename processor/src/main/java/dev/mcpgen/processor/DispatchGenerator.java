package dev.mcpgen.processor;

import static dev.mcpgen.processor.RuntimeTypes.CALL_TOOL_RESULT;
import static dev.mcpgen.processor.RuntimeTypes.MCP_CONTEXT;
import static dev.mcpgen.processor.RuntimeTypes.OBJECT_NODE;
import static dev.mcpgen.processor.RuntimeTypes.RESULTS;
import static dev.mcpgen.processor.RuntimeTypes.SERVER_INSTANCE;
import static dev.mcpgen.processor.RuntimeTypes.UNKNOWN_TOOL;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.mcpgen.processor.ParamModel.Binding;
import dev.mcpgen.processor.ToolModel.ResultModel.Kind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Server>McpDispatch}: the {@code ServerInstance} that switches on the tool
 * name, binds each argument with {@code Arguments} and calls the user's method directly. No
 * reflection: default values are parsed once and generic types captured once, in constants.
 */
final class DispatchGenerator {
  private final ServerModel server;
  private final NameAllocator names = new NameAllocator();
  private final DispatchConstants constants = new DispatchConstants(names);

  private DispatchGenerator(ServerModel server) {
    this.server = server;
    names.newName("callTool");
  }

  static JavaFile generate(ServerModel server) {
    return new DispatchGenerator(server).generate();
  }

  private JavaFile generate() {
    List<MethodSpec> tools = new ArrayList<>();
    for (ToolModel tool : server.tools()) {
      tools.add(toolMethod(tool));
    }
    MethodSpec callTool = callTool(tools);
    TypeSpec.Builder dispatch = TypeSpec.classBuilder(server.dispatch())
        .addJavadoc(server.resources().isEmpty() && server.prompts().isEmpty()
            ? "Calls the tools of {@link $T} for one user.\n"
            : "Serves the tools, resources and prompts of {@link $T} for one user.\n",
            server.type())
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(SERVER_INSTANCE)
        .addFields(constants.fields())
        .addField(server.type(), "server", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(server.type(), "server")
            .addStatement("this.server = server")
            .build())
        .addFields(FeatureDispatchGenerator.templateFields(server))
        .addMethod(callTool)
        .addMethods(tools);
    MethodSpec readResource = FeatureDispatchGenerator.readResource(server);
    if (readResource != null) {
      dispatch.addMethod(readResource);
    }
    MethodSpec getPrompt = FeatureDispatchGenerator.getPrompt(server);
    if (getPrompt != null) {
      dispatch.addMethod(getPrompt);
    }
    MethodSpec complete = FeatureDispatchGenerator.complete(server);
    if (complete != null) {
      dispatch.addMethod(complete);
    }
    if (server.deprecated()) {
      dispatch.addAnnotation(FactoryGenerator.suppressDeprecation());
    }
    return JavaFile.builder(server.type().packageName(), dispatch.build()).build();
  }

  /** {@code callTool}: a switch from each tool name to its method ({@code tools}, in order). */
  private MethodSpec callTool(List<MethodSpec> tools) {
    CodeBlock.Builder cases = CodeBlock.builder();
    if (tools.isEmpty()) {
      // A switch expression needs at least one case that yields a value.
      cases.addStatement("throw new $T(name)", UNKNOWN_TOOL);
    } else {
      cases.add("return switch (name) {\n$>");
      for (int i = 0; i < tools.size(); i++) {
        ToolModel tool = server.tools().get(i);
        cases.add("case $S -> $N($L);\n", tool.name(), tools.get(i), callArguments(tool));
      }
      cases.add("default -> throw new $T(name);\n$<};\n", UNKNOWN_TOOL);
    }
    return override("callTool", CALL_TOOL_RESULT, cases.build(),
            server.tools().stream().anyMatch(ToolModel::throwsChecked))
        .addParameter(String.class, "name")
        .addParameter(OBJECT_NODE, "arguments")
        .addParameter(MCP_CONTEXT, "context")
        .build();
  }

  /**
   * A public {@code ServerInstance} method of the dispatch running {@code code}; it declares
   * {@code throws Exception} only when one of the user's methods it calls does.
   */
  static MethodSpec.Builder override(String name, TypeName returns, CodeBlock code,
      boolean throwsChecked) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addCode(code);
    if (throwsChecked) {
      method.addException(Exception.class);
    }
    return method;
  }

  /**
   * {@code private CallToolResult callAdd(ObjectNode arguments)}: binds, calls, converts. Named
   * after the tool, as tool names are unique where Java method names may be overloaded.
   */
  private MethodSpec toolMethod(ToolModel tool) {
    StringBuilder name = new StringBuilder("call");
    for (String word : tool.name().split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(names.newName(name.toString()))
        .addModifiers(Modifier.PRIVATE)
        .returns(CALL_TOOL_RESULT);
    if (usesArguments(tool)) {
      method.addParameter(OBJECT_NODE, "arguments");
    }
    if (usesContext(tool)) {
      method.addParameter(MCP_CONTEXT, "context");
    }
    if (tool.throwsChecked()) {
      method.addException(Exception.class);
    }
    if (tool.deprecated()) {
      method.addAnnotation(FactoryGenerator.suppressDeprecation());
    }
    CodeBlock call = call(tool);
    Kind kind = tool.result().kind();
    if (kind == Kind.VOID) {
      method.addStatement("$L", call).addStatement("return $T.empty()", CALL_TOOL_RESULT);
    } else if (kind == Kind.PRIMITIVE) {
      method.addStatement("return $T.$N($T.valueOf($L))", RESULTS, kind.method(), String.class,
          call);
    } else {
      method.addStatement("return $T.$N($L)", RESULTS, kind.method(), call);
    }
    return method.build();
  }

  /** {@code server.add(Arguments.intValue(arguments, "a", null), ...)}, one line per argument. */
  private CodeBlock call(ToolModel tool) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (ParamModel param : tool.params()) {
      arguments.add(bind(tool, param));
    }
    if (arguments.isEmpty()) {
      return CodeBlock.of("server.$N()", tool.methodName());
    }
    return CodeBlock.builder()
        .add("server.$N(\n", tool.methodName())
        .add(CodeBlock.join(arguments, ",\n"))
        .add(")")
        .build();
  }

  private CodeBlock bind(ToolModel tool, ParamModel param) {
    if (param.binding() == Binding.CONTEXT) {
      return CodeBlock.of("context");
    }
    return constants.binding(tool.name(), param, "arguments");
  }

  private static CodeBlock callArguments(ToolModel tool) {
    List<String> names = new ArrayList<>();
    if (usesArguments(tool)) {
      names.add("arguments");
    }
    if (usesContext(tool)) {
      names.add("context");
    }
    return CodeBlock.of(String.join(", ", names));
  }

  private static boolean usesArguments(ToolModel tool) {
    return tool.params().stream().anyMatch(p -> p.binding() != Binding.CONTEXT);
  }

  private static boolean usesContext(ToolModel tool) {
    return tool.params().stream().anyMatch(p -> p.binding() == Binding.CONTEXT);
  }
}
