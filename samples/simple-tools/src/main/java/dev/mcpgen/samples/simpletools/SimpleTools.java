package dev.mcpgen.samples.simpletools;

import dev.mcpgen.annotations.McpParam;
import dev.mcpgen.annotations.McpPrompt;
import dev.mcpgen.annotations.McpResource;
import dev.mcpgen.annotations.McpServer;
import dev.mcpgen.annotations.McpTool;
import dev.mcpgen.annotations.McpTool.Hint;
import dev.mcpgen.runtime.ToolException;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.spi.UnknownResourceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Small tools that show every common argument and result shape: numbers, an optional argument,
 * an enum, a list, a record in and a record out, and per-user state; a fixed resource, a
 * resource template over the stored data, and a prompt.
 */
@McpServer(name = "simple-tools", version = "0.1.0", title = "Simple Tools")
public class SimpleTools {
  private final String userId;
  private final Map<String, String> store = new TreeMap<>();

  /** One instance per user: {@link #store} is never shared between users. */
  public SimpleTools(UserContext user) {
    this.userId = user.userId();
  }

  /**
   * Adds two integers.
   *
   * @param a the first addend
   * @param b the second addend
   */
  @McpTool(readOnly = Hint.TRUE, idempotent = Hint.TRUE)
  public long add(int a, int b) {
    return (long) a + b;
  }

  /**
   * Greets someone.
   *
   * @param name who to greet
   * @param greeting the greeting word; "Hello" when absent
   */
  @McpTool(readOnly = Hint.TRUE)
  public String greet(String name, Optional<String> greeting) {
    return greeting.orElse("Hello") + ", " + name + "!";
  }

  /**
   * Converts a temperature between units.
   *
   * @param value the temperature to convert
   * @param from the unit of {@code value}
   * @param to the unit to convert to
   */
  @McpTool(name = "convert_temperature", readOnly = Hint.TRUE)
  public Temperature convertTemperature(double value, TemperatureUnit from, TemperatureUnit to) {
    return new Temperature(to.fromKelvin(from.toKelvin(value)), to);
  }

  /**
   * Computes summary statistics of a list of numbers.
   *
   * @param numbers the numbers to summarize; at least one
   */
  @McpTool(readOnly = Hint.TRUE)
  public Statistics summarize(List<Double> numbers) {
    if (numbers.isEmpty()) {
      throw new ToolException("numbers must hold at least one value");
    }
    return Statistics.of(numbers);
  }

  /**
   * Plans a meeting and says when it is.
   *
   * @param meeting the meeting to plan
   */
  @McpTool(name = "plan_meeting")
  public String planMeeting(Meeting meeting) {
    return String.format(
        "%s on %s with %d attendee(s), priority %s",
        meeting.title(),
        meeting.date(),
        meeting.attendees().size(),
        meeting.priority().orElse(Meeting.Priority.NORMAL));
  }

  /**
   * Stores a value under a key for the calling user.
   *
   * @param key the key
   * @param value the value to keep
   */
  @McpTool(name = "store_data", idempotent = Hint.TRUE)
  public String storeData(String key, String value) {
    store.put(key, value);
    return "Stored '" + key + "' for " + userId;
  }

  /**
   * Returns the value the calling user stored under a key.
   *
   * @param key the key
   */
  @McpTool(name = "retrieve_data", readOnly = Hint.TRUE)
  public String retrieveData(String key) {
    String value = store.get(key);
    if (value == null) {
      throw new ToolException("No value stored under '" + key + "'. Store one with store_data.");
    }
    return value;
  }

  /**
   * Lists the keys the calling user stored, optionally only those with a prefix.
   *
   * @param prefix only keys starting with this
   */
  @McpTool(name = "list_data", readOnly = Hint.TRUE)
  public List<String> listData(@McpParam(defaultValue = "") String prefix) {
    return store.keySet().stream().filter(key -> key.startsWith(prefix)).toList();
  }

  /**
   * Echoes a message back. It also prints to {@code System.out}, as careless code does: over
   * stdio the runtime sends that to stderr, so the protocol stream stays intact.
   *
   * @param message the message to echo
   */
  @McpTool(readOnly = Hint.TRUE)
  public String echo(String message) {
    System.out.println("echo called with: " + message);
    return message;
  }

  /** What this server offers, in one sentence. */
  @McpResource(uri = "info://simple-tools/about", title = "About", mimeType = "text/plain")
  public String about() {
    return "Simple Tools adds, greets, converts temperatures, summarizes numbers, plans meetings"
        + " and stores data per user.";
  }

  /** A value stored with store_data, by its key. */
  @McpResource(uri = "data://{key}", name = "stored_value", mimeType = "text/plain")
  public String storedValue(String key) {
    String value = store.get(key);
    if (value == null) {
      throw new UnknownResourceException("data://" + key);
    }
    return value;
  }

  /**
   * Asks the model to greet someone.
   *
   * @param name who to greet
   * @param style how to greet, e.g. formal; friendly when absent
   */
  @McpPrompt(name = "greeting", title = "Greeting")
  public String greeting(String name, Optional<String> style) {
    return "Write a " + style.orElse("friendly") + " greeting for " + name + ".";
  }
}
