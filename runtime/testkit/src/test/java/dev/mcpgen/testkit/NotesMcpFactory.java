package dev.mcpgen.testkit;

import dev.mcpgen.runtime.CallToolResult;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.Json;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInfo;
import dev.mcpgen.runtime.spi.ServerInstance;
import dev.mcpgen.runtime.spi.UnknownToolException;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** What the processor would generate for {@link Notes}, dispatch included. */
public final class NotesMcpFactory implements ServerFactory {
  private static final String TWO_INTEGERS =
      "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"},"
          + "\"b\":{\"type\":\"integer\"}},\"required\":[\"a\",\"b\"]}";
  private static final String KEY =
      "{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"},"
          + "\"value\":{\"type\":\"string\"}},\"required\":[\"key\"]}";
  private static final String POINT =
      "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\"},"
          + "\"y\":{\"type\":\"integer\"}},\"required\":[\"x\",\"y\"]}";

  /** Called by {@code ServiceLoader}, and by the kit. */
  public NotesMcpFactory() {}

  static String tool(String name, String inputSchema) {
    return "{\"name\":\"" + name + "\",\"inputSchema\":" + inputSchema + "}";
  }

  @Override
  public ServerInfo info() {
    return new ServerInfo("notes", "1.0.0", "Notes", "Remember things.");
  }

  @Override
  public List<String> toolDefinitions() {
    return List.of(tool("add", TWO_INTEGERS), tool("remember", KEY), tool("recall", KEY),
        tool("point", POINT));
  }

  @Override
  public ServerInstance create(UserContext user) {
    Notes notes = new Notes(user);
    return (name, arguments, context) -> call(notes, name, arguments, context);
  }

  private static CallToolResult call(Notes notes, String name, ObjectNode arguments,
      McpContext context) {
    return switch (name) {
      case "add" -> CallToolResult.text(
          String.valueOf(notes.add(arguments.get("a").intValue(), arguments.get("b").intValue())));
      case "remember" -> CallToolResult.text(notes.remember(
          arguments.get("key").stringValue(), arguments.get("value").stringValue()));
      case "recall" -> CallToolResult.text(notes.recall(arguments.get("key").stringValue()));
      case "point" -> CallToolResult.structured(Json.MAPPER.valueToTree(
          notes.point(arguments.get("x").intValue(), arguments.get("y").intValue())));
      default -> throw new UnknownToolException(name);
    };
  }
}
