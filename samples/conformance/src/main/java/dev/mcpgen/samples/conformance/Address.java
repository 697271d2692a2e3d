package dev.mcpgen.samples.conformance;

import java.util.Optional;

/**
 * A postal address: defined once under the input schema's {@code $defs} and referenced.
 *
 * @param street the street and number
 * @param city the city
 */
public record Address(Optional<String> street, Optional<String> city) {}
