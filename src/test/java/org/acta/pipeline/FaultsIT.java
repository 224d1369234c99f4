package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that die half-way, with the packaged jar as a real process: the previous site must
 * stay exactly as it was, and the next build must recover.
 */
class FaultsIT {
  @TempDir Path tmp;

  private static Process acta(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("java", "-jar",
        Path.of(System.getProperty("acta.jar", "target/acta.jar")).toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("acta.log").toFile()).start();
  }

  /** The small fixture plus {@code n} generated minutes, so a build takes a while. */
  private Path bigContent(int n) throws Exception {
    Path content = ContentFixture.copyOf("base", tmp.resolve("repo")).root();
    String body = ("## Desarrollo\n\n" + "Texto de la sesión con acuerdos y seguimiento. ".repeat(80)
        + "\n\n- punto uno\n- punto dos\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").repeat(3);
    LocalDate day = LocalDate.of(2012, 1, 1);
    for (int i = 0; i < n; i++) {
      LocalDate d = day.plusDays(i / 3);
      Path file = content.resolve("minutes/" + d.getYear() + "/" + d + "-sesion-" + (i % 3)
          + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\ntitle: Sesión " + i + "\ndate: " + d
          + "\nkind: ordinary\nopen_to_public: true\nagenda: [Uno, Dos]\n---\n" + body);
    }
    return content;
  }

  @Test
  void killedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    ContentFixture.copyOf("base", repo);
    Process first = acta(repo, "build", "--today", TestDates.TODAY.toString());
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as(Files.readString(repo.resolve("acta.log"))).isZero();
    var before = TestSites.snapshot(repo.resolve("site"));

    deleteTree(repo.resolve("content"));
    bigContent(4000);
    Process build = acta(repo, "build", "--today", TestDates.TODAY.toString());
    Path staging = waitForStaging(repo, build);
    assertThat(staging).as("the build was seen writing its staging folder").isNotNull();
    build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    var after = TestSites.snapshot(repo.resolve("site"));
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));

    Process again = acta(repo, "build", "--today", TestDates.TODAY.toString());
    assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(Files.readString(repo.resolve("acta.log"))).isZero();
    assertThat(repo.resolve("site/minutes/2012/2012-01-01-sesion-0/index.html")).exists();
    try (Stream<Path> entries = Files.list(repo)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains("acta-build") || n.contains("acta-old"));
    }
    Process verify = acta(repo, "verify-site", "site");
    assertThat(verify.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(verify.exitValue()).isZero();
  }

  private static Path waitForStaging(Path repo, Process build) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && build.isAlive()) {
      try (Stream<Path> entries = Files.list(repo)) {
        Path staging = entries.filter(p -> p.getFileName().toString().contains("acta-build"))
            .findFirst().orElse(null);
        if (staging != null && Files.exists(staging.resolve("minutes"))) {
          return staging;
        }
      }
      Thread.sleep(20);
    }
    return null;
  }

  @Test
  void fullDiskFailsCleanlyAndKeepsThePreviousSite() throws Exception {
    Path disk = Files.createDirectories(tmp.resolve("disk"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs",
        disk.toString()).redirectErrorStream(true).start();
    boolean mounted = mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0;
    assumeTrue(mounted, "needs root to mount a small tmpfs as a full disk");
    try {
      Path content = ContentFixture.copyOf("base", tmp).root();
      Path site = disk.resolve("site");
      assertThat(TestSites.build(content, site).ok()).isTrue();
      var before = TestSites.snapshot(site);
      // 3 MiB of evidence cannot fit beside the old site on a 2 MiB disk.
      Files.write(content.resolve("evidence/informe.txt"), new byte[3 * 1024 * 1024]);
      var failed = TestSites.build(content, site);
      assertThat(failed.ok()).isFalse();
      assertThat(failed.problems().all().toString()).contains("previous site was left as it was");
      var after = TestSites.snapshot(site);
      assertThat(after.keySet()).isEqualTo(before.keySet());
      before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
      try (Stream<Path> entries = Files.list(disk)) {
        assertThat(entries.map(p -> p.getFileName().toString()))
            .noneMatch(n -> n.contains("acta-build"));
      }
    } finally {
      new ProcessBuilder("umount", disk.toString()).start().waitFor(20, TimeUnit.SECONDS);
    }
  }

  private static void deleteTree(Path p) throws Exception {
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
