package org.acta.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Not a test: warm single-thread throughput of {@link MarkdownRenderer} on the Markdown bodies
 * of a generated corpus (issue 21). Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:DEPS org.acta.markdown.MarkdownThroughput
 * CORPUS/minutes [files]}.
 */
final class MarkdownThroughput {
  private MarkdownThroughput() {}

  public static void main(String[] args) throws IOException {
    List<String> bodies = bodies(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 2000);
    long bytes = bodies.stream().mapToLong(String::length).sum();
    System.out.printf("%d bodies, %.1f MB%n", bodies.size(), bytes / 1e6);
    MarkdownRenderer renderer = new MarkdownRenderer();
    for (int round = 0; round < 6; round++) {
      long t0 = System.nanoTime();
      long t1 = t0 + each(bodies, renderer::renderNew);
      long t2 = t1 + each(bodies, renderer::renderWithFlexmark);
      long t3 = t2 + each(bodies, MarkdownLimits::check);
      long t4 = t3 + each(bodies, MarkdownRenderer::withoutForbiddenCharacters);
      long t5 = t4 + each(bodies, renderer::parse);
      System.out.printf("render %.1f MB/s (%.0f/s) | flexmark-only %.1f MB/s | check %.0f ms"
          + " | forbidden %.0f ms | parse %.0f ms | total render %.0f ms%n",
          bytes / 1e3 / ((t1 - t0) / 1e6), bodies.size() / ((t1 - t0) / 1e9),
          bytes / 1e3 / ((t2 - t1) / 1e6), (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6,
          (t1 - t0) / 1e6);
    }
  }

  static List<String> bodies(Path minutes, int max) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(minutes)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().limit(max).toList();
    }
    List<String> bodies = new ArrayList<>();
    for (Path f : files) {
      bodies.add(body(Files.readString(f)));
    }
    return bodies;
  }

  /** The text after the front matter's closing {@code ---}. */
  static String body(String file) {
    int first = file.indexOf("---");
    int second = file.indexOf("\n---", first + 3);
    if (first != 0 || second < 0) {
      return file;
    }
    int end = file.indexOf('\n', second + 4);
    return end < 0 ? "" : file.substring(end + 1);
  }

  /** Nanoseconds {@code work} takes over every body. */
  private static long each(List<String> bodies, Consumer<String> work) {
    long start = System.nanoTime();
    bodies.forEach(work);
    return System.nanoTime() - start;
  }
}
