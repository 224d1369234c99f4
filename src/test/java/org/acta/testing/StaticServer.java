package org.acta.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site on 127.0.0.1 (a free port), as a static host would: folders answer with
 * their index.html, missing files with 404.html, each file with its content type.
 *
 * <p>Several threads answer, as a real host does: a browser asks for a page's stylesheet,
 * scripts and images at once, and one thread made them queue (on a loaded machine long enough
 * for a page to be judged before its stylesheet arrived).
 */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("ics", "text/calendar; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("zip", "application/zip"),
      Map.entry("pdf", "application/pdf"));
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService threads;
  private final Path base;

  public StaticServer(Path root) throws IOException {
    base = root.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    threads = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "static-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/", this::answer);
    server.start();
  }

  /** The content type a host gives a file, by its extension. */
  public static String contentType(String fileName) {
    String ext = fileName.substring(fileName.lastIndexOf('.') + 1);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
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
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
