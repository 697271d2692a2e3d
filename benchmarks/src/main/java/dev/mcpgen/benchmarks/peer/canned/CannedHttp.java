package dev.mcpgen.benchmarks.peer.canned;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP ceiling: plain sockets, a thread per connection, answering every POST with a canned
 * JSON response (notifications with 202) and doing nothing else: no routing, no header checks,
 * no hand-off. What it serves is what the harness and the machine allow.
 */
public final class CannedHttp {
  private static final byte[] ACCEPTED =
      "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private CannedHttp() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[args.length - 1]);
    ServerSocket listener = new ServerSocket(port, 1024, InetAddress.getLoopbackAddress());
    System.err.println("canned peer: http on port " + port);
    while (true) {
      Socket socket = listener.accept();
      socket.setTcpNoDelay(true);
      Thread thread = new Thread(() -> serve(socket), "canned-http");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private static void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
      OutputStream out = socket.getOutputStream();
      for (int length = contentLength(in); length >= 0; length = contentLength(in)) {
        out.write(answer(in.readNBytes(length)));
      }
    } catch (IOException e) {
      // The client went.
    }
  }

  /** Reads a request head; its Content-Length (0 when none), or -1 at the end of the input. */
  private static int contentLength(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int length = 0;
    boolean any = false;
    for (int b = in.read(); b >= 0; b = in.read()) {
      any = true;
      if (b != '\n') {
        line.append((char) b);
        continue;
      }
      String field = line.toString().trim();
      line.setLength(0);
      if (field.isEmpty()) {
        return length;
      }
      if (field.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(field.substring(15).trim());
      }
    }
    if (any) {
      throw new IOException("The connection ended inside a request");
    }
    return -1;
  }

  private static byte[] answer(byte[] body) {
    byte[] prefix = Canned.prefixFor(body, body.length);
    if (prefix == null) {
      return ACCEPTED;
    }
    byte[] id = Canned.id(body, body.length).getBytes(StandardCharsets.US_ASCII);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nMcp-Session-Id: canned\r\n"
        + "Content-Length: " + (prefix.length + id.length + 1) + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] response = new byte[headBytes.length + prefix.length + id.length + 1];
    System.arraycopy(headBytes, 0, response, 0, headBytes.length);
    System.arraycopy(prefix, 0, response, headBytes.length, prefix.length);
    System.arraycopy(id, 0, response, headBytes.length + prefix.length, id.length);
    response[response.length - 1] = '}';
    return response;
  }
}
