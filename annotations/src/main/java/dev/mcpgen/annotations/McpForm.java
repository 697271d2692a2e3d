package dev.mcpgen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a record a form a tool can ask its user to fill in, with
 * {@code ctx.elicit("message", ThisRecord.class)} (elicitation in form mode). The processor
 * generates the form's schema and checks it against what MCP allows a form to ask.
 *
 * <p>Rules the processor enforces:
 * <ul>
 *   <li>The type is a record, flat: each component is a {@code String} (with an optional
 *       {@code @Email}, {@code URI}, {@code LocalDate} or {@code Instant}/{@code OffsetDateTime}
 *       format), an integer or floating-point number, a {@code boolean}, an enum (single
 *       select), or a {@code List}/{@code Set} of an enum (multi-select). Nested objects and
 *       other arrays are compile errors.
 *   <li>Components are required unless {@code Optional} or {@code @Nullable}; their
 *       descriptions come from the record's {@code @param} tags; {@code @McpParam(defaultValue)}
 *       gives a default, checked against the type; {@code @Size}, {@code @Min}, {@code @Max}
 *       bound strings and numbers.
 *   <li>Enum constants annotated {@link McpTitle} are offered with those titles
 *       ({@code oneOf}/{@code anyOf} of {@code const} + {@code title}); a component with
 *       {@code @McpParam(legacyEnumNames = true)} uses the deprecated {@code enumNames} form
 *       instead, for clients older than 2025-11-25.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface McpForm {}
