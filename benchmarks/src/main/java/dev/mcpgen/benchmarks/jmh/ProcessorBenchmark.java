package dev.mcpgen.benchmarks.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What mcpgen's processor adds to a build: javac compiling 500 tools (10 servers of 50 tools,
 * three parameters each) in-process, with the processor and with {@code -proc:none}. Each
 * invocation is one whole compilation; the difference of the two scores is the processor's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class ProcessorBenchmark {
  static final int SERVERS = 10;
  static final int TOOLS_PER_SERVER = 50;

  @Param({"true", "false"})
  public boolean processor;

  private Path sources;
  private List<Path> files;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    sources = Files.createTempDirectory("mcpgen-proc-bench");
    files = new ArrayList<>();
    for (int s = 0; s < SERVERS; s++) {
      Path file = sources.resolve("gen/Tools" + s + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, server(s));
      files.add(file);
    }
  }

  @Benchmark
  public boolean compile() throws IOException {
    Path out = Files.createTempDirectory("mcpgen-proc-out");
    try {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
          null)) {
        String classPath = System.getProperty("java.class.path");
        List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(),
            "-s", out.toString(), "-classpath", classPath));
        if (processor) {
          options.addAll(List.of("-processorpath", classPath,
              "-processor", "dev.mcpgen.processor.McpProcessor"));
        } else {
          options.add("-proc:none");
        }
        boolean ok = javac.getTask(null, fm, diagnostics, options, null,
            fm.getJavaFileObjectsFromPaths(files)).call();
        if (!ok) {
          throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics());
        }
        return ok;
      }
    } finally {
      delete(out);
    }
  }

  @TearDown(Level.Trial)
  public void clean() {
    delete(sources);
  }

  static String server(int s) {
    StringBuilder java = new StringBuilder()
        .append("package gen;\n\n")
        .append("import dev.mcpgen.annotations.McpServer;\n")
        .append("import dev.mcpgen.annotations.McpTool;\n")
        .append("import java.util.List;\n\n")
        .append("/** Generated for the processor benchmark. */\n")
        .append("@McpServer(name = \"gen-").append(s).append("\", version = \"1.0.0\")\n")
        .append("public class Tools").append(s).append(" {\n");
    for (int t = 0; t < TOOLS_PER_SERVER; t++) {
      java.append("  /**\n   * Tool ").append(t).append(" of server ").append(s).append(".\n")
          .append("   *\n   * @param text some text\n   * @param count how many times\n")
          .append("   * @param tags labels to attach\n   */\n")
          .append("  @McpTool\n")
          .append("  public String tool").append(t)
          .append("(String text, int count, List<String> tags) {\n")
          .append("    return text.repeat(count) + tags;\n  }\n\n");
    }
    return java.append("}\n").toString();
  }

  private static void delete(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
