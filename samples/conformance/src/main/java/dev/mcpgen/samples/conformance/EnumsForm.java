package dev.mcpgen.samples.conformance;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mcpgen.annotations.McpForm;
import dev.mcpgen.annotations.McpParam;
import dev.mcpgen.annotations.McpTitle;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of choice a form can offer (SEP-1330): plain and titled, single and multiple, and
 * the deprecated {@code enumNames} form.
 *
 * @param untitledSingle Select one option
 * @param titledSingle Select one option with titles
 * @param legacyEnum Select one option (legacy)
 * @param untitledMulti Select multiple options
 * @param titledMulti Select multiple options with titles
 */
@McpForm
public record EnumsForm(
    Optional<Plain> untitledSingle,
    Optional<Titled> titledSingle,
    @McpParam(legacyEnumNames = true) Optional<Legacy> legacyEnum,
    @Size(min = 1, max = 3) Optional<List<Plain>> untitledMulti,
    @Size(min = 1, max = 3) Optional<List<TitledChoice>> titledMulti) {

  /** Options offered by value only. */
  public enum Plain {
    @JsonProperty("option1") OPTION1,
    @JsonProperty("option2") OPTION2,
    @JsonProperty("option3") OPTION3
  }

  /** Options offered with titles, one to pick. */
  public enum Titled {
    @JsonProperty("value1") @McpTitle("First Option") VALUE1,
    @JsonProperty("value2") @McpTitle("Second Option") VALUE2,
    @JsonProperty("value3") @McpTitle("Third Option") VALUE3
  }

  /** Options offered with titles, several to pick. */
  public enum TitledChoice {
    @JsonProperty("value1") @McpTitle("First Choice") VALUE1,
    @JsonProperty("value2") @McpTitle("Second Choice") VALUE2,
    @JsonProperty("value3") @McpTitle("Third Choice") VALUE3
  }

  /** Options titled the old way, with {@code enumNames}. */
  public enum Legacy {
    @JsonProperty("opt1") @McpTitle("Option One") OPT1,
    @JsonProperty("opt2") @McpTitle("Option Two") OPT2,
    @JsonProperty("opt3") @McpTitle("Option Three") OPT3
  }
}
