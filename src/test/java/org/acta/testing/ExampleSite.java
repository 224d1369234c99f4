package org.acta.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.acta.pipeline.BuildResult;

/**
 * The example site (the repository's content/), built once per JVM as of {@link
 * TestDates#TODAY} and shared by the tests that only read it: building it takes seconds, and
 * a dozen classes used to build it again each. A test that changes the site builds its own.
 */
public final class ExampleSite {
  private static Path dir;
  private static BuildResult result;

  private ExampleSite() {}

  /** The folder of the built site. Do not write into it. */
  public static synchronized Path dir() {
    if (dir == null) {
      try {
        Path tmp = Files.createTempDirectory("acta-example-site");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(tmp)));
        dir = tmp.resolve("site");
        result = TestSites.buildOk(TestSites.EXAMPLE_CONTENT, dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  /** What the shared build reported. */
  public static synchronized BuildResult result() {
    dir();
    return result;
  }

  /** Deletes a folder and what it holds, as far as it can: for temporary folders. */
  static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit: the folder is in the system's temp space
    }
  }
}
