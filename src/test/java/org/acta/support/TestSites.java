package org.acta.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;

/** Paths to the committed content used by tests, and a one-call build. */
public final class TestSites {
  public static final Path PROJECT = Path.of("").toAbsolutePath();
  public static final Path EXAMPLE_CONTENT = PROJECT.resolve("content");
  public static final Path THEME = PROJECT.resolve("templates");
  public static final Path SMALL_CONTENT =
      PROJECT.resolve("src/test/resources/fixtures/small/content");
  public static final LocalDate AS_OF = LocalDate.of(2020, 1, 15);

  private TestSites() {}

  public static BuildResult build(Path content, Path out) {
    return build(content, out, AS_OF);
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
  public static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** Copies a folder tree (to make a content folder a test may change). */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
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
