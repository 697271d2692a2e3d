package dev.mcpgen.benchmarks.peer.sdk;

import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's tools on the official MCP Java SDK, as its docs show them: {@code stdio} (the
 * default) or {@code http --port N} (its servlet Streamable HTTP transport on embedded Jetty 12,
 * at {@code /bench/mcp}).
 */
public final class SdkPeer {
  private SdkPeer() {}

  public static void main(String[] args) throws Exception {
    McpJsonMapper mapper = new JacksonMcpJsonMapper(JsonMapper.builder().build());
    if (args.length > 0 && args[0].equals("http")) {
      int port = Integer.parseInt(args[2]);
      HttpServletStreamableServerTransportProvider transport =
          HttpServletStreamableServerTransportProvider.builder()
              .jsonMapper(mapper)
              .mcpEndpoint("/bench/mcp")
              .build();
      McpSyncServer server = configure(McpServer.sync(transport), mapper).build();
      Server jetty = new Server();
      ServerConnector connector = new ServerConnector(jetty);
      connector.setHost("127.0.0.1");
      connector.setPort(port);
      jetty.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler();
      ServletHolder holder = new ServletHolder(transport);
      holder.setAsyncSupported(true);
      context.addServlet(holder, "/*");
      jetty.setHandler(context);
      jetty.start();
      System.err.println("sdk peer: http on port " + port + " (" + server + ")");
      jetty.join();
    } else {
      McpSyncServer server =
          configure(McpServer.sync(new StdioServerTransportProvider(mapper, exitAtEnd(System.in),
              System.out)), mapper).build();
      System.err.println("sdk peer: stdio (" + server + ")");
      Thread.currentThread().join();
    }
  }

  private static <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> configure(
      McpServer.SyncSpecification<S> spec, McpJsonMapper mapper) {
    Tool echo = Tool.builder().name("echo").description("Echoes a message.")
        .inputSchema(mapper, """
            {"type":"object","properties":{"message":{"type":"string"}},"required":["message"]}""")
        .build();
    Tool add = Tool.builder().name("add").description("Adds two integers.")
        .inputSchema(mapper, """
            {"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"integer"}},\
            "required":["a","b"]}""")
        .build();
    return spec.serverInfo("bench", "0.1.0")
        .capabilities(ServerCapabilities.builder().tools(false).build())
        .tools(List.of(
            new SyncToolSpecification(echo, (exchange, request) -> text(
                String.valueOf(request.arguments().get("message")))),
            new SyncToolSpecification(add, (exchange, request) -> {
              Map<String, Object> args = request.arguments();
              long sum = ((Number) args.get("a")).longValue() + ((Number) args.get("b")).longValue();
              return text(Long.toString(sum));
            })));
  }

  /** Ends the process when stdin ends, as a stdio server should (the SDK's transport does not). */
  private static InputStream exitAtEnd(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
          System.exit(0);
        }
        return n;
      }

      @Override
      public int read() throws IOException {
        int n = super.read();
        if (n < 0) {
          System.exit(0);
        }
        return n;
      }
    };
  }

  private static CallToolResult text(String text) {
    return CallToolResult.builder().addTextContent(text).isError(false).build();
  }
}
