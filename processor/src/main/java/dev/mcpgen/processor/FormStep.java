package dev.mcpgen.processor;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Validates every {@code @McpForm} record and generates its form; in the last round it registers
 * every form for {@code ServiceLoader}, sorted, in one file.
 */
final class FormStep implements Step {
  static final String SERVICES = "META-INF/services/dev.mcpgen.runtime.spi.FormDefinition";

  private final Context context;
  private final GeneratedFiles files;
  private final Map<String, TypeElement> forms = new TreeMap<>();

  FormStep(Context context, GeneratedFiles files) {
    this.context = context;
    this.files = files;
  }

  @Override
  public Set<String> annotations() {
    // Titles are read through their forms; claimed so that -Xlint:processing stays quiet.
    return Set.of(FormValidator.MCP_FORM, FormValidator.MCP_TITLE);
  }

  @Override
  public void process(RoundEnvironment round) {
    TypeElement annotation = context.elements().getTypeElement(FormValidator.MCP_FORM);
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      generate((TypeElement) element);
    }
  }

  @Override
  public void finish() {
    if (forms.isEmpty()) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    files.resource(SERVICES, String.join("\n", forms.keySet()) + "\n", diagnostics,
        forms.values().toArray(new Element[0]));
    diagnostics.flushTo(context.messager());
  }

  private void generate(TypeElement type) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      FormModel form = new FormValidator(context, diagnostics).validate(type);
      if (form != null) {
        files.source(FormGenerator.generate(form), type, diagnostics);
        forms.put(form.form().reflectionName(), type);
      }
    } catch (RuntimeException e) {
      diagnostics.report(Message.INTERNAL_ERROR, type, type.getQualifiedName(),
          Servers.stackTrace(e));
    }
    diagnostics.flushTo(context.messager());
  }
}
