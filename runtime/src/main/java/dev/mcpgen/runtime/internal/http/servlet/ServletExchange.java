package dev.mcpgen.runtime.internal.http.servlet;

import dev.mcpgen.runtime.internal.http.Exchange;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An {@link Exchange} of a Jakarta Servlet 6 container, in asynchronous mode so that an answer or
 * an SSE stream can outlive the container's call of the servlet.
 */
public final class ServletExchange implements Exchange {
  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final AsyncContext async;
  private final AtomicBoolean ended = new AtomicBoolean();

  /**
   * Starts asynchronous mode with no timeout: streams stay open until either side ends them.
   *
   * @throws IllegalStateException when the servlet is not registered with async support
   */
  public ServletExchange(HttpServletRequest request, HttpServletResponse response) {
    this.request = request;
    this.response = response;
    this.async = request.startAsync(request, response);
    async.setTimeout(0);
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String path() {
    String uri = request.getRequestURI();
    String path = uri.substring(Math.min(uri.length(), mountPath().length()));
    return path.isEmpty() ? "/" : path;
  }

  @Override
  public String query() {
    return request.getQueryString();
  }

  @Override
  public String header(String name) {
    return request.getHeader(name);
  }

  @Override
  public Iterable<String> headers(String name) {
    return Collections.list(request.getHeaders(name));
  }

  @Override
  public InputStream body() {
    try {
      return request.getInputStream();
    } catch (IOException e) {
      return InputStream.nullInputStream();
    }
  }

  @Override
  public String mountPath() {
    return request.getContextPath() + request.getServletPath();
  }

  @Override
  public void respond(int status, Map<String, String> headers, byte[] body) throws IOException {
    try {
      response.setStatus(status);
      headers.forEach(response::setHeader);
      response.setContentLength(body.length);
      if (body.length > 0) {
        response.getOutputStream().write(body);
      }
      response.flushBuffer();
    } finally {
      end();
    }
  }

  @Override
  public OutputStream startStream(int status, Map<String, String> headers) throws IOException {
    response.setStatus(status);
    headers.forEach(response::setHeader);
    OutputStream out = response.getOutputStream();
    response.flushBuffer();
    return out;
  }

  @Override
  public void end() {
    if (ended.compareAndSet(false, true)) {
      try {
        async.complete();
      } catch (IllegalStateException e) {
        // The container completed it already: the client went.
      }
    }
  }

  @Override
  public void onClientGone(Runnable listener) {
    async.addListener(new AsyncListener() {
      @Override
      public void onComplete(AsyncEvent event) {}

      @Override
      public void onTimeout(AsyncEvent event) {
        listener.run();
      }

      @Override
      public void onError(AsyncEvent event) {
        listener.run();
      }

      @Override
      public void onStartAsync(AsyncEvent event) {}
    });
  }
}
