package dev.mcpgen.processor;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports, each with a stable id that users can search for and
 * that tests assert. A message says what is wrong, why it matters, and how to fix it. Ids never
 * change meaning; retire an id rather than reuse it.
 */
enum Message {
  TOOL_NOT_PUBLIC(
      "McpToolNotPublic",
      "@McpTool method %s must be public: the generated server calls it directly. Make it public."),
  TOOL_STATIC(
      "McpToolStatic",
      "@McpTool method %s must not be static: each user gets a server instance and tools run on"
          + " it. Remove static."),
  TOOL_GENERIC(
      "McpToolGeneric",
      "@McpTool method %s must not be generic: a tool's JSON Schema needs concrete types. Remove"
          + " its type parameters and use concrete types."),
  UNSUPPORTED_TYPE(
      "McpUnsupportedType",
      "%s: %s has no JSON Schema (%s). Use %s instead."),
  UNRESOLVED_TYPE_ARGUMENT(
      "McpUnresolvedTypeArgument",
      "%s: %s is a %s, which no JSON Schema can describe. Use a concrete type, e.g."
          + " List<String> instead of List<?> or List<T>."),
  MAP_KEY_NOT_STRING(
      "McpMapKeyNotString",
      "%s: %s has keys of type %s, but JSON object keys are strings. Use a Map<String, ...>."),
  TYPE_NOT_ACCESSIBLE(
      "McpTypeNotAccessible",
      "%s: type %s is not accessible from package %s, where the generated code names it. Make it"
          + " public, or at least not private."),
  DUPLICATE_TOOL_NAME(
      "McpDuplicateToolName",
      "Tool name '%s' of %s is already used by %s in this server: tool names must be unique."
          + " Rename one with @McpTool(name = \"...\")."),
  DUPLICATE_PARAM_NAME(
      "McpDuplicateParamName",
      "Parameter %s of %s has the argument name '%s' of parameter %s: argument names must be"
          + " unique. Rename one with @McpParam(name = \"...\")."),
  INVALID_NAME(
      "McpInvalidName",
      "%s name '%s' is not a valid MCP name: use 1 to 128 of the characters A-Z a-z 0-9 _ - ."
          + " (for example '%s')."),
  INVALID_SCOPE(
      "McpInvalidScope",
      "Scope '%s' of %s is not an OAuth scope token: use printable ASCII without spaces, '\"'"
          + " or '\\' (for example 'notes:write')."),
  DEFAULT_NOT_JSON(
      "McpDefaultValueNotJson",
      "Default value '%s' of parameter %s is not JSON (%s). Write it as JSON, e.g. 3, true,"
          + " [\"a\"] or \"text\"."),
  DEFAULT_MISMATCH(
      "McpDefaultValueMismatch",
      "Default value %s of parameter %s does not fit its type %s: %s. Change the default value"
          + " or the parameter type."),
  SERVER_NOT_A_CLASS(
      "McpServerNotAClass",
      "%s cannot be an MCP server: only a class can, as the runtime creates one instance per user."
          + " Move the tools into a class."),
  SERVER_NOT_PUBLIC(
      "McpServerNotPublic",
      "Server class %s must be public, and so must the classes it is nested in: the generated"
          + " factory creates it. Make it public."),
  SERVER_ABSTRACT(
      "McpServerAbstract",
      "Server class %s must not be abstract: the runtime creates one instance per user. Remove"
          + " abstract."),
  SERVER_INNER_CLASS(
      "McpServerInnerClass",
      "Server class %s is an inner class: the generated factory has no enclosing instance to"
          + " create it with. Make it a static nested or top-level class."),
  SERVER_GENERIC(
      "McpServerGeneric",
      "Server class %s must not be generic: the generated factory cannot choose its type"
          + " arguments. Remove its type parameters."),
  SERVER_NO_CONSTRUCTOR(
      "McpServerNoConstructor",
      "Server class %s has no constructor the runtime can call to create an instance per user."
          + " Add public %s(), or a public constructor taking a UserContext, a ServerControl or"
          + " both."),
  SERVER_CONSTRUCTOR_THROWS(
      "McpServerConstructorThrows",
      "The constructor of server class %s declares checked exceptions, but the runtime creates"
          + " instances where none can be declared. Handle them in the constructor, or throw an"
          + " unchecked exception."),
  RUNTIME_MISSING(
      "McpRuntimeMissing",
      "Server class %s needs dev.mcpgen:mcpgen-runtime on the class path: the generated code runs"
          + " on it. Add that dependency."),
  DUPLICATE_SERVER_NAME(
      "McpDuplicateServerName",
      "Server name '%s' of %s is already used by %s: server names must be unique. Rename one with"
          + " @McpServer(name = \"...\")."),
  UNRESOLVED_TYPE(
      "McpUnresolvedType",
      "%s: type %s could not be resolved. Fix its import; if another annotation processor"
          + " generates it, make sure that processor runs in the same compilation."),
  WRITE_FAILED(
      "McpWriteFailed",
      "Could not write %s (%s). Another processor may generate a file of the same name; rename"
          + " the server class or remove the other generator."),
  INTERNAL_ERROR(
      "McpInternalError",
      "mcpgen failed unexpectedly on %s; please report this with the stack trace: %s"),
  TOOL_WITHOUT_DESCRIPTION(
      "McpToolWithoutDescription",
      Diagnostic.Kind.WARNING,
      "Tool '%s' has no description, so models can only guess what it does. Add a Javadoc"
          + " comment or @McpTool(description = \"...\")."),
  FEATURE_NOT_CALLABLE(
      "McpMethodNotCallable",
      "@%s method %s must be public and not static: the generated server calls it directly on"
          + " the user's instance. Make it public and remove static."),
  INVALID_URI_TEMPLATE(
      "McpInvalidUriTemplate",
      "URI '%s' of %s is not a URI or an RFC 6570 level-1 template: %s. Write a fixed URI such"
          + " as 'config://app', or variables such as 'notes://{id}'."),
  UNBOUND_URI_VARIABLE(
      "McpUriVariableWithoutParameter",
      "Variable {%s} of URI template '%s' has no parameter in %s. Add a parameter 'String %s'"
          + " or remove the variable."),
  UNUSED_RESOURCE_PARAMETER(
      "McpResourceParameterWithoutVariable",
      "Parameter %s of %s matches no variable of URI '%s': a resource's parameters are bound"
          + " from its URI. Add {%s} to the URI or remove the parameter."),
  RESOURCE_PARAMETER_TYPE(
      "McpResourceParameterType",
      "Parameter %s of %s is a %s, but URI variables are strings. Declare it as String."),
  RESOURCE_RETURN_TYPE(
      "McpResourceReturnType",
      "@McpResource method %s returns %s. Return String for text or byte[] for binary content."),
  DUPLICATE_RESOURCE_URI(
      "McpDuplicateResourceUri",
      "URI '%s' of %s is already used by %s in this server: resource URIs must be unique."),
  PROMPT_PARAMETER_TYPE(
      "McpPromptParameterType",
      "Parameter %s of %s is a %s, but prompt arguments are strings. Declare it as String, or"
          + " Optional<String> for an optional argument."),
  PROMPT_RETURN_TYPE(
      "McpPromptReturnType",
      "@McpPrompt method %s returns %s. Return String (one user message), PromptMessage,"
          + " List<PromptMessage> or GetPromptResult."),
  DUPLICATE_PROMPT_NAME(
      "McpDuplicatePromptName",
      "Prompt name '%s' of %s is already used by %s in this server: prompt names must be"
          + " unique. Rename one with @McpPrompt(name = \"...\")."),
  COMPLETION_REFERENCE(
      "McpCompletionReference",
      "@McpComplete method %s must set exactly one of prompt and resourceTemplate, not %s. Set"
          + " prompt = \"...\" to complete a prompt argument, or resourceTemplate = \"...\" for"
          + " a template variable."),
  COMPLETION_UNKNOWN_PROMPT(
      "McpCompletionUnknownPrompt",
      "@McpComplete method %s completes prompt '%s', which this server does not have (its"
          + " prompts: %s). Name one of them."),
  COMPLETION_UNKNOWN_TEMPLATE(
      "McpCompletionUnknownTemplate",
      "@McpComplete method %s completes resource template '%s', which this server does not have"
          + " (its templates: %s). Write the uri of one of its @McpResource templates."),
  COMPLETION_UNKNOWN_ARGUMENT(
      "McpCompletionUnknownArgument",
      "@McpComplete method %s completes '%s', which is not an argument of %s (it has: %s). Name"
          + " one of them."),
  DUPLICATE_COMPLETION(
      "McpDuplicateCompletion",
      "The %s is completed by %s and already by %s: one method per argument. Remove one."),
  COMPLETION_PARAMETERS(
      "McpCompletionParameters",
      "@McpComplete method %s takes %s: a completion method takes the String typed so far, and"
          + " optionally a Map<String, String> of the arguments already chosen and an McpContext,"
          + " each once. Change its parameters."),
  COMPLETION_RETURN_TYPE(
      "McpCompletionReturnType",
      "@McpComplete method %s returns %s. Return List<String> (the first 100 are sent) or"
          + " Completion."),
  ICON_SOURCE(
      "McpIconSource",
      "Icon '%s' of %s is not an https: or data: URI, the only icons clients load. Use an"
          + " https:// URL or a data: URI."),
  ICON_THEME(
      "McpIconTheme",
      "Icon theme '%s' of %s is neither light nor dark. Write \"light\" or \"dark\", or leave it"
          + " empty for any theme."),
  META_NOT_OBJECT(
      "McpMetaNotObject",
      "The meta of %s is not a JSON object (%s). Write an object, e.g."
          + " \"{\\\"com.example/ui\\\": \\\"compact\\\"}\"."),
  META_KEY(
      "McpMetaKey",
      "The _meta key '%s' of %s %s. Use a name such as 'ui', or a prefixed one such as"
          + " 'com.example/ui'."),
  FORM_NOT_A_RECORD(
      "McpFormNotARecord",
      "@McpForm %s must be a record: a form binds the user's answers to its components. Declare"
          + " it as a record."),
  FORM_FIELD_TYPE(
      "McpFormFieldType",
      "Component %s of form %s has type %s, which a form cannot ask for: a form field is a"
          + " String (optionally @Email, URI, LocalDate, Instant or OffsetDateTime), a number, a"
          + " boolean, an enum, or a List or Set of an enum. Change its type, or ask for it"
          + " another way."),
  FORM_CONSTRAINT(
      "McpFormConstraint",
      "Component %s of form %s has the constraint '%s', which a form field cannot carry: a form"
          + " allows only %s. Remove the annotation that adds it."),
  CONSTRAINT_NOT_APPLICABLE(
      "McpConstraintNotApplicable",
      Diagnostic.Kind.WARNING,
      "@%s on %s does not apply to %s and is left out of the schema. Remove it, or move it to"
          + " a %s.");

  private final String id;
  private final Diagnostic.Kind kind;
  private final String template;

  Message(String id, String template) {
    this(id, Diagnostic.Kind.ERROR, template);
  }

  Message(String id, Diagnostic.Kind kind, String template) {
    this.id = id;
    this.kind = kind;
    this.template = template;
  }

  Diagnostic.Kind kind() {
    return kind;
  }

  /** The full text, starting with the id in brackets, e.g. {@code [McpToolNotPublic] ...}. */
  String format(Object... args) {
    return "[" + id + "] " + String.format(template, args);
  }
}
