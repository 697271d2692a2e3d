package dev.mcpgen.processor;

import static dev.mcpgen.processor.RuntimeTypes.ARGUMENTS;
import static dev.mcpgen.processor.RuntimeTypes.COMPLETION;
import static dev.mcpgen.processor.RuntimeTypes.GET_PROMPT_RESULT;
import static dev.mcpgen.processor.RuntimeTypes.MCP_CONTEXT;
import static dev.mcpgen.processor.RuntimeTypes.OBJECT_NODE;
import static dev.mcpgen.processor.RuntimeTypes.READ_RESOURCE_RESULT;
import static dev.mcpgen.processor.RuntimeTypes.RESOURCE_CONTENTS;
import static dev.mcpgen.processor.RuntimeTypes.UNKNOWN_PROMPT;
import static dev.mcpgen.processor.RuntimeTypes.UNKNOWN_RESOURCE;
import static dev.mcpgen.processor.RuntimeTypes.URI_TEMPLATE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The resource and prompt half of {@code <Server>McpDispatch}: {@code readResource} switches on
 * the fixed URIs, then tries each template in declaration order (compiled once, in constants);
 * {@code getPrompt} switches on the prompt name. Both call the user's method directly.
 */
final class FeatureDispatchGenerator {
  private FeatureDispatchGenerator() {}

  /** {@code TEMPLATE_0 = UriTemplate.compile("...")}, one per resource template. */
  static List<FieldSpec> templateFields(ServerModel server) {
    List<FieldSpec> fields = new ArrayList<>();
    List<ResourceModel> templates = server.resourceTemplates();
    for (int i = 0; i < templates.size(); i++) {
      fields.add(FieldSpec.builder(URI_TEMPLATE, "TEMPLATE_" + i, Modifier.PRIVATE,
              Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.compile($S)", URI_TEMPLATE, templates.get(i).uri())
          .build());
    }
    return fields;
  }

  /** {@code readResource}, or null when the server has no resources. */
  static MethodSpec readResource(ServerModel server) {
    if (server.resources().isEmpty()) {
      return null;
    }
    CodeBlock.Builder code = CodeBlock.builder();
    List<ResourceModel> fixed = server.fixedResources();
    if (!fixed.isEmpty()) {
      code.beginControlFlow("switch (uri)");
      for (ResourceModel resource : fixed) {
        code.add("case $S:\n$>", resource.uri())
            .addStatement("return $L", contents(resource))
            .add("$<");
      }
      code.add("default:\n$>").addStatement("break").add("$<").endControlFlow();
    }
    List<ResourceModel> templates = server.resourceTemplates();
    for (int i = 0; i < templates.size(); i++) {
      if (i == 0) {
        code.addStatement("$T values = TEMPLATE_0.match(uri)", ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(String.class)));
      } else {
        code.addStatement("values = TEMPLATE_$L.match(uri)", i);
      }
      code.beginControlFlow("if (values != null)")
          .addStatement("return $L", contents(templates.get(i)))
          .endControlFlow();
    }
    code.addStatement("throw new $T(uri)", UNKNOWN_RESOURCE);
    return DispatchGenerator.override("readResource", READ_RESOURCE_RESULT, code.build(),
            server.resources().stream().anyMatch(ResourceModel::throwsChecked))
        .addParameter(String.class, "uri")
        .addParameter(MCP_CONTEXT, "context")
        .build();
  }

  /** {@code ReadResourceResult.of(ResourceContents.text(uri, mimeType, server.m(...)))}. */
  private static CodeBlock contents(ResourceModel resource) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (String variable : resource.params()) {
      arguments.add(variable == null ? CodeBlock.of("context")
          : CodeBlock.of("values.get($S)", variable));
    }
    CodeBlock mimeType = resource.mimeType() == null ? CodeBlock.of("null")
        : CodeBlock.of("$S", resource.mimeType());
    return CodeBlock.of("$T.of($T.$N(uri, $L, server.$N($L)))", READ_RESOURCE_RESULT,
        RESOURCE_CONTENTS, resource.blob() ? "blob" : "text", mimeType, resource.methodName(),
        CodeBlock.join(arguments, ", "));
  }

  /** {@code getPrompt}, or null when the server has no prompts. */
  static MethodSpec getPrompt(ServerModel server) {
    if (server.prompts().isEmpty()) {
      return null;
    }
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (name) {\n$>");
    for (PromptModel prompt : server.prompts()) {
      cases.add("case $S -> $L;\n", prompt.name(), result(prompt));
    }
    cases.add("default -> throw new $T(name);\n$<};\n", UNKNOWN_PROMPT);
    return DispatchGenerator.override("getPrompt", GET_PROMPT_RESULT, cases.build(),
            server.prompts().stream().anyMatch(PromptModel::throwsChecked))
        .addParameter(String.class, "name")
        .addParameter(OBJECT_NODE, "arguments")
        .addParameter(MCP_CONTEXT, "context")
        .build();
  }

  /**
   * {@code complete}: a switch from kind, reference and argument to the completion method, or
   * null when the server has none.
   */
  static MethodSpec complete(ServerModel server) {
    if (server.completions().isEmpty()) {
      return null;
    }
    CodeBlock.Builder cases = CodeBlock.builder()
        .add("return switch ((promptRef ? $S : $S) + ref + $S + argument) {\n$>", "prompt ",
            "template ", " ");
    for (CompletionModel completion : server.completions()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (CompletionModel.Param param : completion.params()) {
        arguments.add(CodeBlock.of(switch (param) {
          case VALUE -> "value";
          case ARGUMENTS -> "context";
          case CONTEXT -> "mcpContext";
        }));
      }
      CodeBlock call = CodeBlock.of("server.$N($L)", completion.methodName(),
          CodeBlock.join(arguments, ", "));
      cases.add("case $S -> $L;\n", completion.switchKey(),
          completion.returnsList() ? CodeBlock.of("$T.of($L)", COMPLETION, call) : call);
    }
    cases.add("default -> null;\n$<};\n");
    return DispatchGenerator.override("complete", COMPLETION, cases.build(),
            server.completions().stream().anyMatch(CompletionModel::throwsChecked))
        .addParameter(boolean.class, "promptRef")
        .addParameter(String.class, "ref")
        .addParameter(String.class, "argument")
        .addParameter(String.class, "value")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class),
            ClassName.get(String.class), ClassName.get(String.class)), "context")
        .addParameter(MCP_CONTEXT, "mcpContext")
        .build();
  }

  private static CodeBlock result(PromptModel prompt) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (PromptModel.Argument argument : prompt.params()) {
      arguments.add(argument == null ? CodeBlock.of("context")
          : CodeBlock.of("$T.$N(arguments, $S, null, $T.class)", ARGUMENTS,
              argument.optional() ? "optional" : "value", argument.name(), String.class));
    }
    CodeBlock call = CodeBlock.of("server.$N($L)", prompt.methodName(),
        CodeBlock.join(arguments, ", "));
    return switch (prompt.result()) {
      case TEXT -> CodeBlock.of("$T.text($L)", GET_PROMPT_RESULT, call);
      case MESSAGE -> CodeBlock.of("$T.of($L)", GET_PROMPT_RESULT, call);
      case MESSAGES -> CodeBlock.of("new $T(null, $L)", GET_PROMPT_RESULT, call);
      case RESULT -> call;
    };
  }
}
