package dev.mcpgen.processor;

import com.palantir.javapoet.ClassName;

/**
 * The runtime and Jackson types generated code uses. Named, not imported: the processor must not
 * depend on the runtime (users' processor paths stay small).
 */
final class RuntimeTypes {
  private static final String RUNTIME = "dev.mcpgen.runtime";

  static final ClassName CALL_TOOL_RESULT = ClassName.get(RUNTIME, "CallToolResult");
  static final ClassName COMPLETION = ClassName.get(RUNTIME, "Completion");
  static final ClassName SERVER_CONTROL = ClassName.get(RUNTIME, "ServerControl");
  static final ClassName ICON = ClassName.get(RUNTIME, "Icon");
  static final ClassName MCP_CONTEXT = ClassName.get(RUNTIME, "McpContext");
  static final ClassName USER_CONTEXT = ClassName.get(RUNTIME, "UserContext");
  static final ClassName SERVER_FACTORY = ClassName.get(RUNTIME + ".spi", "ServerFactory");
  static final ClassName FORM_DEFINITION = ClassName.get(RUNTIME + ".spi", "FormDefinition");
  static final ClassName SERVER_INFO = ClassName.get(RUNTIME + ".spi", "ServerInfo");
  static final ClassName SERVER_INSTANCE = ClassName.get(RUNTIME + ".spi", "ServerInstance");
  static final ClassName UNKNOWN_TOOL = ClassName.get(RUNTIME + ".spi", "UnknownToolException");
  static final ClassName READ_RESOURCE_RESULT = ClassName.get(RUNTIME, "ReadResourceResult");
  static final ClassName RESOURCE_CONTENTS = ClassName.get(RUNTIME, "ResourceContents");
  static final ClassName GET_PROMPT_RESULT = ClassName.get(RUNTIME, "GetPromptResult");
  static final ClassName PROMPT_MESSAGE = ClassName.get(RUNTIME, "PromptMessage");
  static final ClassName UNKNOWN_RESOURCE =
      ClassName.get(RUNTIME + ".spi", "UnknownResourceException");
  static final ClassName UNKNOWN_PROMPT = ClassName.get(RUNTIME + ".spi", "UnknownPromptException");
  static final ClassName URI_TEMPLATE = ClassName.get(RUNTIME + ".internal", "UriTemplate");
  static final ClassName ARGUMENTS = ClassName.get(RUNTIME + ".internal", "Arguments");
  static final ClassName RESULTS = ClassName.get(RUNTIME + ".internal", "Results");
  static final ClassName JSON_NODE = ClassName.get("tools.jackson.databind", "JsonNode");
  static final ClassName OBJECT_NODE = ClassName.get("tools.jackson.databind.node", "ObjectNode");
  static final ClassName TYPE_REFERENCE = ClassName.get("tools.jackson.core.type", "TypeReference");

  private RuntimeTypes() {}
}
