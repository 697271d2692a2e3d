package dev.mcpgen.runtime.internal.server;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ThreadFactory;

/**
 * Finds virtual threads (Java 21+) at run time: the runtime is compiled for Java 17, so it cannot
 * name {@code Thread.ofVirtual()} directly.
 */
public final class VirtualThreads {
  private static final boolean AVAILABLE = factory("probe") != null;

  private VirtualThreads() {}

  /** Whether this JVM has virtual threads (Java 21+). */
  public static boolean available() {
    return AVAILABLE;
  }

  /** A factory of virtual threads named {@code prefix0, prefix1...}, or {@code null} before 21. */
  public static ThreadFactory factory(String prefix) {
    return factory(prefix, true);
  }

  /**
   * A factory of virtual threads all named {@code name}, or {@code null} before 21: for threads
   * started so often that numbering their names costs (a string per thread).
   */
  public static ThreadFactory sameName(String name) {
    return factory(name, false);
  }

  private static ThreadFactory factory(String name, boolean numbered) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> builder = Class.forName("java.lang.Thread$Builder");
      Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
      MethodHandle create =
          lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtual));
      MethodHandle factory =
          lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class));
      Object named = numbered
          ? lookup.findVirtual(builder, "name",
              MethodType.methodType(builder, String.class, long.class))
              .invoke(create.invoke(), name, 0L)
          : lookup.findVirtual(builder, "name", MethodType.methodType(builder, String.class))
              .invoke(create.invoke(), name);
      return (ThreadFactory) factory.invoke(named);
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      return null;
    } catch (Throwable e) {
      throw new IllegalStateException("Could not create virtual threads", e);
    }
  }
}
