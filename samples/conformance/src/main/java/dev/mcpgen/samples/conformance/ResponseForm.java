package dev.mcpgen.samples.conformance;

import dev.mcpgen.annotations.McpForm;

/**
 * The one-field form of {@code test_elicitation}.
 *
 * @param response User's response
 */
@McpForm
public record ResponseForm(String response) {}
