package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the memory bound (issue 21): a bilingual site of 300 minutes of the seed minute's
 * shape (bench/GenerateCorpus.java --shape realistic: 5-15 translated agreements, follow-ups,
 * 7 KB bodies) builds in a JVM with a 128 MiB heap. A build that held every language's copy
 * of every rendered page, or the whole site's output, would not fit.
 */
class SmallHeapBuildTest {
  @TempDir Path tmp;

  private static String run(Path dir, List<String> command) throws IOException,
      InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    return output;
  }

  @Test
  void threeHundredRealisticMinutesBuildIn128MiBOfHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path content = tmp.resolve("content");
    run(tmp, List.of(java, TestSites.PROJECT.resolve("bench/GenerateCorpus.java").toString(),
        "--shape", "realistic", "--minutes", "300", "--commitments", "40", "--out",
        content.toString()));
    String output = run(tmp, List.of(java, "-Xmx128m", "-XX:+UseParallelGC",
        "-cp", System.getProperty("java.class.path"), "org.acta.cli.Main", "build",
        "--content", content.toString(), "--out", tmp.resolve("site").toString(),
        "--today", "2020-06-30"));
    assertThat(output).contains("Built").doesNotContain("out of memory");
    try (Stream<Path> en = Files.list(tmp.resolve("site/en/minutes/2015"))) {
      assertThat(en.count()).as("English pages of the minutes").isGreaterThan(10);
    }
  }
}
