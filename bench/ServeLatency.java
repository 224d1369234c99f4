import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 8's live-preview target: after one minute file changes, the updated page is served in
 * under 300 ms. Starts `acta serve` on a copy of a corpus, then, round after round, changes the
 * title of one minute (a different one each round) and polls its page over HTTP every 2 ms until
 * the new title is served; the time from the file write to that response is the latency. Each
 * round waits for the background full rebuild to finish first, as an editor who reads the page
 * before the next edit would.
 *
 *   java bench/ServeLatency.java CORPUS [ROUNDS] [JAR] [JVM FLAGS...]
 */
public class ServeLatency {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String jar = args.length > 2 ? args[2] : "target/acta.jar";
    Path work = Files.createTempDirectory("acta-serve-bench-");
    Path content = work.resolve("content");
    copy(corpus, content);
    List<String> command = new ArrayList<>(List.of("java"));
    for (int i = 3; i < args.length; i++) {
      command.add(args[i]);
    }
    command.addAll(List.of("-jar", jar, "serve", "--content", content.toString(), "--port", "0",
        "--out", work.resolve("site").toString(), "--timings"));
    Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (Exception e) {
        // process ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      long startedAt = System.nanoTime();
      String base = awaitLine(lines, Pattern.compile("Serving on (http://\\S+/)"), 600).group(1);
      System.out.printf("first full build and start: %.1f s%n",
          (System.nanoTime() - startedAt) / 1e9);
      List<Path> minutes;
      try (Stream<Path> files = Files.walk(content.resolve("minutes"))) {
        minutes = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      }
      HttpClient http = HttpClient.newHttpClient();
      // The client's own first request loads its classes: not part of what is measured.
      http.send(HttpRequest.newBuilder(URI.create(base)).build(),
          HttpResponse.BodyHandlers.ofString());
      List<Long> latencies = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        Path minute = minutes.get((round * 7919) % minutes.size());
        String text = Files.readString(minute);
        String marker = "Editada " + round;
        // The generator writes every title in double quotes.
        String edited = text.replaceFirst("(?m)^title: \"", "title: \"" + marker + " · ");
        if (edited.equals(text)) {
          throw new IllegalStateException(minute + " has no quoted title");
        }
        String page = base + pagePath(content, minute);
        long t0 = System.nanoTime();
        Files.writeString(minute, edited);
        while (true) {
          String body = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
              HttpResponse.BodyHandlers.ofString()).body();
          if (body.contains(marker)) {
            break;
          }
          if (System.nanoTime() - t0 > 60_000_000_000L) {
            throw new IllegalStateException("the edit never showed at " + page);
          }
          Thread.sleep(2);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        latencies.add(ms);
        System.out.printf("round %d: %s served in %d ms%n", round + 1,
            content.relativize(minute), ms);
        awaitLine(lines, Pattern.compile("Built \\d+ pages|Build failed"), 600);
      }
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf("edit to served page: median %d ms, max %d ms, over %d rounds "
          + "(target: under 300 ms)%n", sorted.get(sorted.size() / 2),
          sorted.get(sorted.size() - 1), sorted.size());
    } finally {
      serve.destroy();
      serve.waitFor(10, TimeUnit.SECONDS);
      try (Stream<Path> all = Files.walk(work)) {
        all.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** minutes/2018/2018-05-08-x.md → minutes/2018/2018-05-08-x/ (Acta's minute URLs). */
  private static String pagePath(Path content, Path minute) {
    String rel = content.relativize(minute).toString().replace('\\', '/');
    return rel.substring(0, rel.length() - 3) + "/";
  }

  private static Matcher awaitLine(LinkedBlockingQueue<String> lines, Pattern p, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line == null) {
        continue;
      }
      if (System.getenv("SERVE_LATENCY_ECHO") != null) {
        System.out.println("  | " + line);
      }
      Matcher m = p.matcher(line);
      if (m.find()) {
        return m;
      }
    }
    throw new IllegalStateException("acta serve did not print " + p);
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
