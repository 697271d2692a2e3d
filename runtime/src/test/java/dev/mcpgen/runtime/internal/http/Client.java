package dev.mcpgen.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.mcpgen.runtime.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Raw HTTP to a {@link TestHost}, through the JDK's client, headers and all in view. */
final class Client {
  static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
          + "\"protocolVersion\":\"%s\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";
  static final String INITIALIZED =
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
  static final String BOTH = "application/json, text/event-stream";

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  Client(TestHost host) {
    this("http://127.0.0.1:" + host.port());
  }

  /** A client of the host at {@code base}, e.g. {@code http://127.0.0.1:8080/mount}. */
  Client(String base) {
    this.base = base;
  }

  /** A POST to {@code path} of {@code body} as JSON, accepting both answer types. */
  HttpRequest.Builder post(String path, String body) {
    return request(path).header("Content-Type", "application/json").header("Accept", BOTH)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(TestHost.PATIENCE);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Sends {@code request} and reads the response as an event stream. */
  SseReader stream(HttpRequest.Builder request) {
    try {
      HttpResponse<InputStream> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      return new SseReader(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Opens a Streamable HTTP session of {@code version} on {@code path}; returns its id. */
  String initialize(String path, String version) {
    HttpResponse<String> response = send(post(path, INITIALIZE.formatted(version)));
    assertEquals(200, response.statusCode(), response.body());
    String id = response.headers().firstValue("Mcp-Session-Id").orElse(null);
    assertNotNull(id, "a session id");
    assertEquals(202, send(post(path, INITIALIZED).header("Mcp-Session-Id", id)).statusCode());
    return id;
  }

  String initialize(String path) {
    return initialize(path, "2025-11-25");
  }

  /** A POST in session {@code id}. */
  HttpResponse<String> post(String path, String id, String body) {
    return send(post(path, body).header("Mcp-Session-Id", id));
  }

  static String call(int id, String tool, String arguments) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{"
        + "\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}}";
  }

  static JsonNode json(String text) {
    return Json.MAPPER.readTree(text);
  }

  /** The text of the only content of a tools/call response. */
  static String text(JsonNode response) {
    return response.get("result").get("content").get(0).get("text").stringValue();
  }
}
