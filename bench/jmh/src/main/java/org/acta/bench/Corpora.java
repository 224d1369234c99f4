package org.acta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates benchmark corpora with {@code bench/GenerateCorpus.java} (the same generator as
 * {@code bench/run}), in a temporary folder that is deleted when the JVM exits.
 */
final class Corpora {
  static final String AS_OF = "2020-06-30";

  private Corpora() {}

  /** The bench/ folder: found from target/benchmarks.jar, else from the working folder. */
  static Path benchDir() {
    List<Path> candidates = new ArrayList<>();
    try {
      Path jar = Path.of(Corpora.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // bench/jmh/target/benchmarks.jar (or bench/jmh/target/classes)
      candidates.add(jar.getParent().getParent().getParent());
    } catch (URISyntaxException | RuntimeException e) {
      // fall through to the working folder
    }
    Path cwd = Path.of("").toAbsolutePath();
    candidates.add(cwd.getParent());
    candidates.add(cwd);
    candidates.add(cwd.resolve("bench"));
    for (Path c : candidates) {
      if (c != null && Files.isRegularFile(c.resolve("GenerateCorpus.java"))) {
        return c;
      }
    }
    throw new IllegalStateException("cannot find bench/GenerateCorpus.java; run from bench/jmh");
  }

  /** A fresh content folder with the given number of minutes and commitments. */
  static Path generate(int minutes, int commitments, double minuteKb) {
    try {
      Path dir = Files.createTempDirectory("acta-jmh-");
      deleteOnExit(dir);
      Path content = dir.resolve("content");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = new ProcessBuilder(java, benchDir().resolve("GenerateCorpus.java").toString(),
          "--minutes", String.valueOf(minutes), "--commitments", String.valueOf(commitments),
          "--minute-kb", String.valueOf(minuteKb), "--as-of", AS_OF, "--out", content.toString(),
          "--shape", System.getProperty("acta.bench.shape", "light"))
          .inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("GenerateCorpus failed with exit code " + p.exitValue());
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The minute files of a content folder, in name order. */
  static List<Path> minuteFiles(Path content) {
    try (Stream<Path> walk = Files.walk(content.resolve("minutes"))) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A content folder with site.yaml, institutions.yaml and only the given minute. */
  static Path oneMinuteFolder(Path content, Path minute) {
    try {
      Path dir = Files.createTempDirectory("acta-jmh-one-");
      deleteOnExit(dir);
      Path one = dir.resolve("content");
      Files.createDirectories(one.resolve("minutes").resolve(minute.getParent().getFileName()));
      Files.copy(content.resolve("site.yaml"), one.resolve("site.yaml"));
      Files.copy(content.resolve("institutions.yaml"), one.resolve("institutions.yaml"));
      Files.copy(minute, one.resolve("minutes").resolve(minute.getParent().getFileName())
          .resolve(minute.getFileName()));
      return one;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteOnExit(Path dir) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }
}
