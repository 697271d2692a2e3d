package dev.mcpgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of a tool or prompt. Optional: without it a parameter is named after
 * itself, described by the method's {@code @param} Javadoc tag, and required unless it is an
 * {@code Optional}, {@code @Nullable} or has a default.
 *
 * <p>Rules the processor enforces:
 * <ul>
 *   <li>{@link #name()} matches {@code [A-Za-z0-9_.-]{1,128}} and is unique within the method.
 *   <li>{@link #defaultValue()} is JSON (or a bare string for string parameters) that parses as
 *       the parameter's type; it is published as the schema's {@code default}.
 *   <li>A parameter with a default value is not required.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface McpParam {
  /** The argument name; by default the parameter name. */
  String name() default "";

  /** The argument's description; by default the method's {@code @param} Javadoc tag. */
  String description() default "";

  /** Whether the argument must be present; by default inferred from the parameter's type. */
  Requirement required() default Requirement.INFERRED;

  /**
   * The value used when the argument is absent, as JSON (a bare word is taken as a string for
   * {@code String} parameters). Empty means no default, except on a {@code String} parameter
   * where writing {@code defaultValue = ""} makes the empty string the default.
   */
  String defaultValue() default "";

  /**
   * On a component of an {@link McpForm} record whose type is a titled enum: send its titles in
   * the deprecated {@code enum} + {@code enumNames} form, for clients older than 2025-11-25.
   */
  boolean legacyEnumNames() default false;

  /** Whether an argument must be present. */
  enum Requirement {
    /** Required unless {@code Optional}, {@code @Nullable} or defaulted. */
    INFERRED,
    REQUIRED,
    OPTIONAL
  }
}
