package org.acta.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves a built site on 127.0.0.1 (a free port), as a static host would. */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8", "svg", "image/svg+xml",
      "json", "application/json");
  private final HttpServer server;

  public StaticServer(Path root) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      Path file = base.resolve(path.substring(1)).normalize();
      if (file.startsWith(base) && Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      int status = 200;
      if (!file.startsWith(base) || !Files.isRegularFile(file)) {
        file = base.resolve("404.html");
        status = 404;
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type",
          TYPES.getOrDefault(ext, "application/octet-stream"));
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
