package dev.mcpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpgen.runtime.spi.ServerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Compiles fixture sources with the processor, and loads what the compilation produced (classes,
 * manifests, the service registration) into a class loader, as a user's application would.
 */
final class Fixtures {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private Fixtures() {}

  /** A source file; line N of the fixture is {@code lines[N - 1]}. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new McpProcessor()).compile(sources);
  }

  /** Compiles, asserts success, and loads the output into a fresh class loader. */
  static ClassLoader load(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    assertThat(compilation).succeeded();
    return load(compilation);
  }

  /** Writes the compilation's class output to a temporary directory and loads it. */
  static ClassLoader load(Compilation compilation) {
    try {
      Path root = Files.createTempDirectory("mcpgen-test");
      for (JavaFileObject file : compilation.generatedFiles()) {
        String uri = file.toUri().getPath();
        int at = uri.indexOf(CLASS_OUTPUT);
        if (at < 0) {
          continue;
        }
        Path target = root.resolve(uri.substring(at + CLASS_OUTPUT.length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
      return new URLClassLoader(new URL[] {root.toUri().toURL()}, Fixtures.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server factories registered in the loader's {@code META-INF/services}, in order. */
  static List<ServerFactory> factories(ClassLoader loader) {
    return ServiceLoader.load(ServerFactory.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .collect(Collectors.toList());
  }

  /** The only server factory of the loader. */
  static ServerFactory factory(ClassLoader loader) {
    List<ServerFactory> factories = factories(loader);
    if (factories.size() != 1) {
      throw new AssertionError("expected one factory, got " + factories);
    }
    return factories.get(0);
  }

  /** A resource the compilation wrote, e.g. {@code META-INF/mcp/calc/tools.json}. */
  static String resource(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError(path + " was not generated");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
