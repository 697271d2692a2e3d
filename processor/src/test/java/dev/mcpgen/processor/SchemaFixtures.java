package dev.mcpgen.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * Annotations that users bring from libraries the processor does not depend on, declared here
 * the way those libraries declare them: Bean Validation constraints and {@code @Nullable}s.
 */
final class SchemaFixtures {
  private SchemaFixtures() {}

  static JavaFileObject[] annotations() {
    return new JavaFileObject[] {
      constraint("Min", "long value();"),
      constraint("Max", "long value();"),
      constraint("DecimalMin", "String value(); boolean inclusive() default true;"),
      constraint("DecimalMax", "String value(); boolean inclusive() default true;"),
      constraint("Positive", ""),
      constraint("PositiveOrZero", ""),
      constraint("Negative", ""),
      constraint("NegativeOrZero", ""),
      constraint("Size", "int min() default 0; int max() default Integer.MAX_VALUE;"),
      constraint("Pattern", "String regexp();"),
      constraint("NotBlank", ""),
      constraint("NotEmpty", ""),
      constraint("Email", ""),
      JavaFileObjects.forSourceString("test.Nullable", """
          package test;
          import java.lang.annotation.*;
          @Retention(RetentionPolicy.CLASS)
          @Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
          public @interface Nullable {}
          """),
      JavaFileObjects.forSourceString("test.typeuse.Nullable", """
          package test.typeuse;
          import java.lang.annotation.*;
          @Retention(RetentionPolicy.CLASS)
          @Target(ElementType.TYPE_USE)
          public @interface Nullable {}
          """),
    };
  }

  /** A constraint as Bean Validation declares it: on methods, fields, parameters, type uses. */
  private static JavaFileObject constraint(String name, String members) {
    return JavaFileObjects.forSourceString("jakarta.validation.constraints." + name, """
        package jakarta.validation.constraints;
        import java.lang.annotation.*;
        @Retention(RetentionPolicy.RUNTIME)
        @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER,
            ElementType.TYPE_USE})
        public @interface %s { %s }
        """.formatted(name, members));
  }
}
