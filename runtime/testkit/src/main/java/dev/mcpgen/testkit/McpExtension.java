package dev.mcpgen.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link McpServerTest}: resolves {@link McpTestClient} parameters
 * of test methods and constructors with a client of a new server, and closes the client when
 * the test (or, for a constructor of a {@code PER_CLASS} test instance, the class) is done.
 * Each parameter gets its own server; use {@link McpTestClient#forUser} for more users of one.
 */
public final class McpExtension
    implements ParameterResolver, AfterEachCallback, AfterAllCallback,
        TestInstantiationAwareExtension {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(McpExtension.class);

  /** Created by JUnit. */
  public McpExtension() {}

  /** Constructor parameters belong to the test method whose instance they build, if any. */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == McpTestClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> server = serverOf(context.getRequiredTestClass())
        .orElseThrow(() -> new ParameterResolutionException("Name the server to test: annotate "
            + context.getRequiredTestClass().getName() + " with @McpServerTest(YourServer.class)"));
    McpTestClient client;
    try {
      client = McpTestClient.of(server);
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
    clients(context).add(client);
    return client;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    closeClients(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    closeClients(context);
  }

  /** The server of the innermost class that names one. */
  private static Optional<Class<?>> serverOf(Class<?> testClass) {
    for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
      Optional<McpServerTest> annotation =
          AnnotationSupport.findAnnotation(type, McpServerTest.class);
      if (annotation.isPresent()) {
        return Optional.of(annotation.get().value());
      }
    }
    return Optional.empty();
  }

  /**
   * One key per context: a store also reads its parents', and a class's clients (made for a
   * {@code PER_CLASS} constructor) must not be closed with its first test method's.
   */
  private static String key(ExtensionContext context) {
    return "clients of " + context.getUniqueId();
  }

  @SuppressWarnings("unchecked")
  private static List<McpTestClient> clients(ExtensionContext context) {
    return context.getStore(NAMESPACE)
        .getOrComputeIfAbsent(key(context), key -> new ArrayList<McpTestClient>(), List.class);
  }

  @SuppressWarnings("unchecked")
  private static void closeClients(ExtensionContext context) {
    List<McpTestClient> clients = context.getStore(NAMESPACE).remove(key(context), List.class);
    if (clients != null) {
      clients.forEach(McpTestClient::close);
    }
  }
}
