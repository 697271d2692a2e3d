package dev.mcpgen.samples.conformance;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mcpgen.annotations.McpForm;
import dev.mcpgen.annotations.McpParam;

/**
 * A form whose every field has a default (SEP-1034): a client pre-fills them.
 *
 * @param name User name
 * @param age User age
 * @param score User score
 * @param status User status
 * @param verified Verification status
 */
@McpForm
public record DefaultsForm(
    @McpParam(defaultValue = "John Doe") String name,
    @McpParam(defaultValue = "30") int age,
    @McpParam(defaultValue = "95.5") double score,
    @McpParam(defaultValue = "active") Status status,
    @McpParam(defaultValue = "true") boolean verified) {

  /** A user's status, sent in lower case. */
  public enum Status {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("inactive") INACTIVE,
    @JsonProperty("pending") PENDING
  }
}
