package org.acta.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the last good build on 127.0.0.1 for editors to preview, with a small script that
 * reloads the page after each rebuild and shows the content errors of a failed one. The
 * script is added only to what this server sends: the built files never contain it.
 */
public final class PreviewServer implements AutoCloseable {
  static final String RELOAD_SCRIPT = "/__acta/reload.js";
  static final String STATUS = "/__acta/status";
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"), Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"), Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("ics", "text/calendar"),
      Map.entry("zip", "application/zip"), Map.entry("pdf", "application/pdf"));

  /** What the browser script polls: a build counter and the last build's errors. */
  public record Status(long build, String errors) {}

  private final HttpServer server;
  private final Path site;
  private final AtomicReference<Status> status = new AtomicReference<>(new Status(0, ""));

  public PreviewServer(Path site, String host, int port) throws IOException {
    this.site = site.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void update(Status s) {
    status.set(s);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals(STATUS)) {
        Status s = status.get();
        String json = "{\"build\":" + s.build() + ",\"errors\":" + jsonString(s.errors()) + "}";
        send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals(RELOAD_SCRIPT)) {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/acta/serve/reload.js")) {
          send(exchange, 200, TYPES.get("js"), in.readAllBytes());
        }
        return;
      }
      Path file = site.resolve(path.substring(1)).normalize();
      if (file.startsWith(site) && Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      int code = 200;
      if (!file.startsWith(site) || !Files.isRegularFile(file)) {
        file = site.resolve("404.html");
        code = 404;
        if (!Files.isRegularFile(file)) {
          send(exchange, 404, TYPES.get("txt"), "Not found".getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      byte[] body = Files.readAllBytes(file);
      if (ext.equals("html")) {
        String html = new String(body, StandardCharsets.UTF_8);
        int at = html.lastIndexOf("</body>");
        if (at >= 0) {
          html = html.substring(0, at) + "<script src=\"" + RELOAD_SCRIPT + "\"></script>"
              + html.substring(at);
        }
        body = html.getBytes(StandardCharsets.UTF_8);
      }
      send(exchange, code, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }
  }

  private static void send(HttpExchange exchange, int code, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(code, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
