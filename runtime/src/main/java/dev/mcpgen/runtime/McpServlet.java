package dev.mcpgen.runtime;

import dev.mcpgen.runtime.internal.http.servlet.ServletExchange;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Mounts an {@link McpHttpHost}'s endpoints in a Jakarta Servlet 6 container (Jetty, Tomcat,
 * Spring Boot): the same MCP over HTTP as the built-in server, below the servlet's path. Register
 * it with async support, as streams and tool calls outlive the container's call:
 *
 * <pre>{@code
 * ServletHolder holder = new ServletHolder(new McpServlet(McpHttpHost.builder().build()));
 * holder.setAsyncSupported(true);
 * context.addServlet(holder, "/*");   // then /{server}/mcp, /health...
 * }</pre>
 *
 * <p>Built with no host, it serves every server on the class path with the default settings
 * and closes them when the container destroys it. The host checks the {@code Host} header
 * against loopback names unless its builder says otherwise ({@code allowedHost}); the servlet
 * API is an optional dependency of the runtime, which the container provides.
 */
public class McpServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private transient McpHttpHost host;
  private final boolean owned;

  /** Serves the servers on the class path, from {@link #init()} to {@link #destroy()}. */
  public McpServlet() {
    this.owned = true;
  }

  /** Serves {@code host}, which the caller closes. */
  public McpServlet(McpHttpHost host) {
    this.host = host;
    this.owned = false;
  }

  @Override
  public void init() throws ServletException {
    if (host == null) {
      host = McpHttpHost.builder().build();
    }
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) {
    ServletExchange exchange;
    try {
      exchange = new ServletExchange(request, response);
    } catch (IllegalStateException e) {
      response.setStatus(500);
      log("McpServlet needs async support: register it with asyncSupported=true", e);
      return;
    }
    host.core().handle(exchange);
  }

  @Override
  public void destroy() {
    if (owned && host != null) {
      host.close();
    }
  }
}
