package dev.mcpgen.processor;

import static dev.mcpgen.processor.RuntimeTypes.FORM_DEFINITION;
import static dev.mcpgen.processor.RuntimeTypes.OBJECT_NODE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Record>McpForm}: the {@code FormDefinition} that {@code ServiceLoader} finds,
 * with the form's schema as a constant and a binder that builds the record from the user's
 * answers the way tool arguments are bound.
 */
final class FormGenerator {
  private FormGenerator() {}

  static JavaFile generate(FormModel form) {
    NameAllocator names = new NameAllocator();
    names.newName("SCHEMA");
    DispatchConstants constants = new DispatchConstants(names);
    List<CodeBlock> arguments = form.fields().stream()
        .map(field -> constants.binding("default", field.param(), "content"))
        .toList();
    MethodSpec bind = MethodSpec.methodBuilder("bind")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(form.type())
        .addParameter(OBJECT_NODE, "content")
        .addCode(CodeBlock.builder()
            .add("return new $T(\n$>$>", form.type())
            .add(CodeBlock.join(arguments, ",\n"))
            .add("$<$<);\n")
            .build())
        .build();
    TypeSpec type = TypeSpec.classBuilder(form.form())
        .addJavadoc("The form {@link $T}: its schema, and the record made of the user's answers.\n",
            form.type())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(FORM_DEFINITION, form.type()))
        .addField(FieldSpec.builder(String.class, "SCHEMA", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$L", JavaStrings.literal(FormSchemaGenerator.schema(form).toJson()))
            .build())
        .addFields(constants.fields())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Called by {@code ServiceLoader}.\n")
            .addModifiers(Modifier.PUBLIC)
            .build())
        .addMethod(MethodSpec.methodBuilder("type")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), form.type()))
            .addStatement("return $T.class", form.type())
            .build())
        .addMethod(MethodSpec.methodBuilder("schema")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return SCHEMA")
            .build())
        .addMethod(bind)
        .build();
    return JavaFile.builder(form.type().packageName(), type).build();
  }
}
