package dev.mcpgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The human-readable title of an enum constant, shown instead of its value where a client offers
 * choices (the titled enums of {@link McpForm} forms).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface McpTitle {
  /** The title. */
  String value();
}
