package dev.mcpgen.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * One server under test: how to start it on stdio and (when it has one) on Streamable HTTP.
 *
 * @param name how the tables call it
 * @param stdio the stdio command line
 * @param http the HTTP command line with {@code {port}} for the port, or empty when it has none
 * @param jvm whether it is a JVM, so {@code jcmd} can weigh its heap
 * @param training a run that writes a cache (CDS/AOT) the stdio command reads, or empty
 */
record Peer(String name, List<String> stdio, List<String> http, boolean jvm,
    List<String> training) {
  boolean hasHttp() {
    return !http.isEmpty();
  }

  List<String> httpCommand(int port) {
    List<String> command = new ArrayList<>();
    for (String arg : http) {
      command.add(arg.replace("{port}", Integer.toString(port)));
    }
    return command;
  }
}
