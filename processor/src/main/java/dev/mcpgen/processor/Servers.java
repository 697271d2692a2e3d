package dev.mcpgen.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.lang.model.element.TypeElement;

/** Small helpers the steps share. */
final class Servers {
  private Servers() {}

  /**
   * The name a step keys a class by: its qualified name, or for a local class (which has none)
   * its binary name.
   */
  static String name(Context context, TypeElement type) {
    return type.getQualifiedName().length() > 0
        ? type.getQualifiedName().toString()
        : context.elements().getBinaryName(type).toString();
  }

  /** The stack trace of an unexpected exception, for {@code [McpInternalError]}. */
  static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
