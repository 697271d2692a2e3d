package dev.mcpgen.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A validated {@code @McpComplete} method.
 *
 * @param prompt whether it completes a prompt argument (else a resource template variable)
 * @param ref the prompt name or the URI template
 * @param argument the argument or variable it completes
 * @param methodName the Java method to call
 * @param params what each method parameter receives, in order
 * @param returnsList whether it returns {@code List<String>} (else {@code Completion})
 * @param throwsChecked whether the method declares checked exceptions
 * @param origin the method
 */
record CompletionModel(
    boolean prompt,
    String ref,
    String argument,
    String methodName,
    List<Param> params,
    boolean returnsList,
    boolean throwsChecked,
    ExecutableElement origin) {

  CompletionModel {
    params = List.copyOf(params);
  }

  /** What a completion method's parameter receives. */
  enum Param {
    /** The {@code String} typed so far. */
    VALUE,
    /** The {@code Map<String, String>} of arguments already chosen. */
    ARGUMENTS,
    /** The {@code McpContext}. */
    CONTEXT
  }

  /** How diagnostics name what it completes: {@code argument 'city' of prompt 'travel'}. */
  String target() {
    return "argument '" + argument + "' of " + (prompt ? "prompt '" : "resource template '")
        + ref + "'";
  }

  /**
   * The key the generated {@code complete} switches on: kind, reference and argument, joined by
   * spaces, which neither names nor template variables contain.
   */
  String switchKey() {
    return (prompt ? "prompt " : "template ") + ref + " " + argument;
  }
}
