package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.acta.testing.TestSites;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clones of one content repository, in different folders, with files created in different
 * orders, build byte-identical sites (history, dates, zips and manifest included).
 */
class DeterminismTest {
  @TempDir Path tmp;

  @Test
  void twoClonesBuildByteIdenticalSites() throws Exception {
    Path origin = tmp.resolve("origin");
    TestSites.copyTree(TestSites.EXAMPLE_CONTENT, origin.resolve("content"));
    try (Git git = Git.init().setDirectory(origin.toFile()).call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Editora", "e@example.test",
          Date.from(Instant.parse("2020-06-01T12:00:00Z")), TimeZone.getTimeZone("UTC"));
      git.commit().setMessage("Contenido").setAuthor(who).setCommitter(who).setSign(false).call();
    }
    Path a = clone(origin, tmp.resolve("a/first"));
    Path b = clone(origin, tmp.resolve("elsewhere/b"));
    reverseCreationOrder(b.resolve("content/plans/2018-2020/commitments"));

    new SiteBuilder(new BuildOptions(a.resolve("content"), TestSites.THEME, a.resolve("site"),
        null, null)).run();
    new SiteBuilder(new BuildOptions(b.resolve("content"), TestSites.THEME, b.resolve("site"),
        null, null)).run();
    var first = TestSites.snapshot(a.resolve("site"));
    var second = TestSites.snapshot(b.resolve("site"));
    assertThat(first).isNotEmpty();
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((k, v) -> assertThat(second.get(k)).as(k).isEqualTo(v));
    assertThat(Files.readString(a.resolve("site/index.html")))
        .contains("datetime=\"2020-06-01\"");
  }

  private static Path clone(Path origin, Path to) throws Exception {
    try (Git g = Git.cloneRepository().setURI(origin.toUri().toString())
        .setDirectory(to.toFile()).call()) {
      return g.getRepository().getWorkTree().toPath();
    }
  }

  /** Re-creates a folder's files newest name first, so the directory order differs. */
  private static void reverseCreationOrder(Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted(java.util.Comparator.reverseOrder()).toList();
    }
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      Files.delete(f);
      Files.write(f, bytes);
    }
  }
}
