package dev.mcpgen.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The one writer of generated files. Every source gets {@code @Generated} and its originating
 * element (so incremental builds know what to regenerate), the same indentation and imports; a
 * failure to write is a diagnostic, not a crash.
 */
final class GeneratedFiles {
  private static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", McpProcessor.class.getName())
          .build();

  private final Filer filer;

  GeneratedFiles(Filer filer) {
    this.filer = filer;
  }

  /** Writes a generated class; {@code origin} is the class it was generated from. */
  void source(JavaFile file, Element origin, Diagnostics diagnostics) {
    TypeSpec type = file.typeSpec().toBuilder()
        .addAnnotation(GENERATED)
        .addOriginatingElement(origin)
        .build();
    JavaFile complete = JavaFile.builder(file.packageName(), type)
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
    try {
      complete.writeTo(filer);
    } catch (IOException e) {
      diagnostics.report(Message.WRITE_FAILED, origin,
          file.packageName() + "." + type.name(), e.getMessage());
    }
  }

  /** Writes a resource into the class output, e.g. {@code META-INF/mcp/calc/tools.json}. */
  void resource(String path, String content, Diagnostics diagnostics, Element... origins) {
    try {
      FileObject file =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
      try (Writer writer = new java.io.OutputStreamWriter(
          file.openOutputStream(), StandardCharsets.UTF_8)) {
        writer.write(content);
      }
    } catch (IOException e) {
      diagnostics.report(Message.WRITE_FAILED, origins.length == 1 ? origins[0] : null, path,
          e.getMessage());
    }
  }
}
