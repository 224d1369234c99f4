package org.acta.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The project's paths that tests use, a one-call build, and file-tree helpers. */
public final class TestSites {
  public static final Path PROJECT = Path.of("").toAbsolutePath();
  public static final Path EXAMPLE_CONTENT = PROJECT.resolve("content");
  public static final Path THEME = PROJECT.resolve("templates");

  private TestSites() {}

  public static BuildResult build(Path content, Path out) {
    return build(content, out, TestDates.TODAY);
  }

  public static BuildResult build(Path content, Path out, LocalDate asOf) {
    return new SiteBuilder(new BuildOptions(content, THEME, out, null, asOf)).run();
  }

  /** Builds and fails the test with the formatted problems when the build has errors. */
  public static BuildResult buildOk(Path content, Path out) {
    BuildResult result = build(content, out);
    if (!result.ok()) {
      throw new AssertionError("build failed:\n"
          + ProblemFormatter.format(result.problems().all()));
    }
    return result;
  }

  /** Every file of a tree by relative path, with its bytes, for whole-site comparisons. */
  /** The page at {@code path} (a folder address such as {@code minutes/2019/}) of a built site. */
  public static Document page(Path site, String path) throws IOException {
    return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
  }

  public static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /**
   * Waits (up to a minute) until no build is writing beside {@code out}: the staging folders
   * that StagedOutput makes next to it are gone. A live preview that was just closed may still
   * finish a rebuild, and JUnit cannot delete a temporary folder that is being written.
   */
  public static void awaitNoBuildBeside(Path out) throws IOException, InterruptedException {
    String building = "." + out.getFileName() + ".acta-build-";
    String replaced = "." + out.getFileName() + ".acta-old-";
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Stream<Path> siblings = Files.list(out.toAbsolutePath().getParent())) {
        if (siblings.map(p -> p.getFileName().toString())
            .noneMatch(n -> n.startsWith(building) || n.startsWith(replaced))) {
          return;
        }
      }
      Thread.sleep(100);
    }
  }

  /** Copies a folder tree (to make a content folder a test may change). */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
