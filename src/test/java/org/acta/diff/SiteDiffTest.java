package org.acta.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.acta.testing.TestRepo;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `acta diff` on a real repository: the base is built from its commit with the history as it
 * stood there, so a change shows exactly where it is displayed, not on every page that has a
 * history section.
 */
class SiteDiffTest {
  private static final String COMMITMENT =
      "content/plans/2019-2021/commitments/datos-abiertos.yaml";

  @TempDir Path tmp;

  @Test
  void aOneMilestoneChangeReportsExactlyThePagesThatDisplayThatMilestone() throws Exception {
    try (TestRepo repo = TestRepo.withContent(tmp.resolve("repo"), ContentFixture.BASE)) {
      repo.commit("2020-01-01T10:00:00Z", "Contenido inicial");
      // A second commit, so pages with history have some before the change.
      repo.edit(COMMITMENT, "description: Publicar datos.", "description: Publicar datos hoy.");
      repo.commit("2020-01-02T10:00:00Z", "Descripción");
      repo.edit(COMMITMENT, "title: Hito atrasado", "title: Hito del portal");
      repo.commit("2020-01-03T10:00:00Z", "Renombra un hito");

      Path work = tmp.resolve("work");
      SiteDiff.Result r = SiteDiff.compare(repo.content(), TestSites.THEME, "HEAD~1",
          TestDates.TODAY, work);

      assertThat(r.problems()).isEmpty();
      Set<String> displaying = new TreeSet<>(pagesContaining(work.resolve("base/site"),
          "Hito atrasado"));
      displaying.addAll(pagesContaining(work.resolve("head/site"), "Hito del portal"));
      assertThat(displaying).as("the milestone is shown somewhere").isNotEmpty()
          .contains("plans/2019-2021/commitments/datos-abiertos/");
      assertThat(r.added()).isEmpty();
      assertThat(r.removed()).isEmpty();
      assertThat(new TreeSet<>(r.changed())).isEqualTo(displaying);
      assertThat(r.commitments()).as("status and progress did not change").isEmpty();
    }
  }

  @Test
  void theMarkdownReportGroupsPagesByKind() throws Exception {
    try (TestRepo repo = TestRepo.withContent(tmp.resolve("repo"), ContentFixture.BASE)) {
      repo.commit("2020-01-01T10:00:00Z", "Contenido inicial");
      repo.edit(COMMITMENT, "    status: delayed\n    progress: 40",
          "    status: in-progress\n    progress: 60");
      repo.write("content/minutes/2019/2019-11-20-nueva-sesion.md", "---\ntitle: Nueva sesión\n"
          + "date: 2019-11-20\nkind: ordinary\nopen_to_public: true\n---\nTexto.\n");
      repo.commit("2020-01-02T10:00:00Z", "Avance y acta");

      SiteDiff.Result r = SiteDiff.compare(repo.content(), TestSites.THEME, "HEAD~1",
          TestDates.TODAY, tmp.resolve("work"));
      String md = SiteDiff.markdown(r, "HEAD~1", "https://example.test/ga/");

      assertThat(md).contains("| Pages | Added | Removed | Changed |")
          .containsPattern("\\| Minutes \\| 1 \\| 0 \\| \\d+ \\|")
          .containsPattern("\\| Commitments \\| 0 \\| 0 \\| 1 \\|")
          .contains("### Pages added (1)\n\n**Minutes** (1)\n\n"
              + "- https://example.test/ga/minutes/2019/2019-11-20-nueva-sesion/")
          .contains("**Commitments** (1)\n\n"
              + "- https://example.test/ga/plans/2019-2021/commitments/datos-abiertos/");
      assertThat(SiteDiff.json(r, "HEAD~1")).contains("\"minutes\" : [ "
          + "\"minutes/2019/2019-11-20-nueva-sesion/\" ]");
    }
  }

  @Test
  void pagesAreGroupedByKindWhateverTheirLanguage() {
    assertThat(PageKind.of("")).isEqualTo(PageKind.HOME);
    assertThat(PageKind.of("en/")).isEqualTo(PageKind.HOME);
    assertThat(PageKind.of("plans/2019-2021/")).isEqualTo(PageKind.PLANS);
    assertThat(PageKind.of("en/plans/2019-2021/commitments/x/")).isEqualTo(PageKind.COMMITMENTS);
    assertThat(PageKind.of("plans/2019-2021/consultation/commitments/x/"))
        .isEqualTo(PageKind.PLANS);
    assertThat(PageKind.of("minutes/2019/")).isEqualTo(PageKind.MINUTES);
    assertThat(PageKind.of("sdgs/16/")).isEqualTo(PageKind.OTHER);
  }

  /** Pages (as the diff names them) whose HTML contains {@code text}. */
  private static List<String> pagesContaining(Path site, String text) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(p -> p.toString().endsWith(".html")).filter(p -> {
        try {
          return Files.readString(p).contains(text);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(p -> {
        String rel = site.relativize(p).toString().replace('\\', '/');
        return rel.endsWith("index.html") ? rel.substring(0, rel.length() - 10) : rel;
      }).toList();
    }
  }
}
