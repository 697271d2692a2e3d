package golden;

import dev.mcpgen.runtime.internal.Arguments;
import dev.mcpgen.runtime.spi.FormDefinition;
import java.util.Set;
import javax.annotation.processing.Generated;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form {@link Loan}: its schema, and the record made of the user's answers.
 */
@Generated("dev.mcpgen.processor.McpProcessor")
public final class LoanMcpForm implements FormDefinition<Loan> {
  private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"who borrows it\"},\"weeks\":{\"type\":\"integer\",\"description\":\"how long\",\"default\":2},\"format\":{\"type\":\"string\",\"enum\":[\"PAPER\",\"EBOOK\"],\"description\":\"the format wanted\"},\"reminders\":{\"type\":\"array\",\"items\":{\"anyOf\":[{\"const\":\"EMAIL\",\"title\":\"E-mail\"},{\"const\":\"SMS\",\"title\":\"Text message\"}]},\"uniqueItems\":true,\"description\":\"how to remind them\"}},\"required\":[\"name\",\"reminders\"]}";

  private static final JsonNode DEFAULT_WEEKS = Arguments.json("2");

  private static final TypeReference<Set<Loan.Reminder>> SET_OF_REMINDER = new TypeReference<>() {};

  /**
   * Called by {@code ServiceLoader}.
   */
  public LoanMcpForm() {
  }

  @Override
  public Class<Loan> type() {
    return Loan.class;
  }

  @Override
  public String schema() {
    return SCHEMA;
  }

  @Override
  public Loan bind(ObjectNode content) {
    return new Loan(
        Arguments.value(content, "name", null, String.class),
        Arguments.intValue(content, "weeks", DEFAULT_WEEKS),
        Arguments.optional(content, "format", null, Loan.Format.class),
        Arguments.value(content, "reminders", null, SET_OF_REMINDER));
  }
}
