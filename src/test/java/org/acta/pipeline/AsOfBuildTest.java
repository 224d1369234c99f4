package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.acta.diagnostics.Problem;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestRepo;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --as-of}: the site as the content stood on a date, rebuilt after later edits. */
class AsOfBuildTest {
  static final String COMMITMENT = TestRepo.DATOS_ABIERTOS;
  static final String MINUTE = "content/minutes/2019/2019-09-10-sesion-posterior.md";
  @TempDir Path tmp;
  @AutoClose TestRepo repo;

  @BeforeEach
  void history() throws Exception {
    repo = TestRepo.baseWithProgress(tmp.resolve("repo"), "2019-02-01T12:00:00Z",
        "2019-08-20T09:30:00Z");
  }

  private BuildResult build(Path out, LocalDate today, LocalDate asOf) {
    BuildResult result = new SiteBuilder(new BuildOptions(repo.content(), TestSites.THEME, out,
        null, today, asOf)).run();
    assertThat(result.problems().all()).filteredOn(Problem::isError).isEmpty();
    return result;
  }

  /** Later commits: a milestone completed with evidence, a new minute, an edited plan. */
  private void laterEdits() throws Exception {
    repo.edit(COMMITMENT, "    status: in-progress\n    progress: " + progressNow(),
        "    status: completed\n    evidence:\n      - title: Portal\n"
            + "        url: https://example.test/portal\n        date: 2020-03-01");
    repo.write(MINUTE, "---\ntitle: Sesión posterior\ndate: 2019-09-10\nkind: ordinary\n"
        + "open_to_public: true\n---\nTexto.\n");
    repo.commit("2020-03-02T10:00:00Z", "Portal terminado; acta de septiembre");
    repo.edit("content/plans/2019-2021/plan.yaml", "Un plan **de prueba**.",
        "Un plan corregido.");
    repo.commit("2020-04-01T10:00:00Z", "Corrige el plan");
  }

  private String progressNow() throws Exception {
    return Files.readString(repo.content().resolve("plans/2019-2021/commitments/"
        + "datos-abiertos.yaml")).contains("progress: 80") ? "80" : "60";
  }

  /**
   * Content committed before milestone ids were required still builds as of its date: the
   * missing ids warn (their positions stand in, as they did), where today's files must have them.
   */
  @Test
  void aPastCommitWrittenBeforeMilestoneIdsStillBuilds() throws Exception {
    for (int n = 1; n <= 4; n++) {
      repo.edit(COMMITMENT, "  - id: " + n + "\n    ", "  - ");
    }
    repo.commit("2019-09-01T10:00:00Z", "Hitos sin id, como antes de que se exigieran");
    BuildResult now = new SiteBuilder(new BuildOptions(repo.content(), TestSites.THEME,
        tmp.resolve("now"), null, null, null)).run();
    assertThat(now.problems().all()).filteredOn(Problem::isError).isNotEmpty()
        .allMatch(p -> p.message().contains("has no 'id'"));

    BuildResult past = build(tmp.resolve("past"), null, LocalDate.of(2019, 9, 1));
    assertThat(past.problems().all()).filteredOn(p -> p.message().contains("has no 'id'"))
        .hasSize(4).noneMatch(Problem::isError)
        .allMatch(p -> p.message().contains("past commit"));
  }

  @Test
  void aPastDateAfterLaterEditsGivesTheSiteBuiltOnThatDate() throws Exception {
    BuildResult then = build(tmp.resolve("then"), null, null);
    assertThat(then.asOf()).isEqualTo(LocalDate.of(2019, 8, 20));
    Map<String, byte[]> built = TestSites.snapshot(tmp.resolve("then"));

    laterEdits();
    BuildResult now = build(tmp.resolve("now"), null, null);
    assertThat(TestSites.snapshot(tmp.resolve("now"))).containsKey(
        "minutes/2019/2019-09-10-sesion-posterior/index.html");

    BuildResult again = build(tmp.resolve("again"), null, LocalDate.of(2019, 8, 20));
    assertThat(again.asOf()).isEqualTo(LocalDate.of(2019, 8, 20));
    assertThat(again.asOfSource().toString()).startsWith("--as-of: content of commit ")
        .endsWith(" of 2019-08-20");
    assertSameSite(TestSites.snapshot(tmp.resolve("again")), built);
    assertThat(now.pages()).isGreaterThan(then.pages());
  }

  @Test
  void aDayBetweenCommitsReadsTheLastCommitBeforeIt() throws Exception {
    build(tmp.resolve("then"), LocalDate.of(2019, 9, 30), null);
    Map<String, byte[]> built = TestSites.snapshot(tmp.resolve("then"));
    laterEdits();
    build(tmp.resolve("again"), null, LocalDate.of(2019, 9, 30));
    assertSameSite(TestSites.snapshot(tmp.resolve("again")), built);
  }

  @Test
  void aMergedPullRequestCountsFromTheDayItWasMerged() throws Exception {
    String main = repo.current();
    repo.branch("pr");
    repo.edit(COMMITMENT, "    progress: 60", "    progress: 80");
    repo.commit("2019-09-01T10:00:00Z", "Avance en una rama");
    repo.checkout(main);
    repo.write("README.md", "Fuera del contenido.\n");
    repo.commit("2019-09-05T10:00:00Z", "README");
    repo.merge("pr", "2019-09-10T10:00:00Z", "Merge pull request #1");

    BuildResult then = build(tmp.resolve("then"), null, null);
    // Not 2019-09-01, the branch commit's date: the site did not show it before the merge.
    assertThat(then.asOf()).isEqualTo(LocalDate.of(2019, 9, 10));
    Map<String, byte[]> built = TestSites.snapshot(tmp.resolve("then"));
    laterEdits();
    build(tmp.resolve("again"), null, LocalDate.of(2019, 9, 10));
    assertSameSite(TestSites.snapshot(tmp.resolve("again")), built);

    build(tmp.resolve("before"), null, LocalDate.of(2019, 9, 9));
    assertThat(tmp.resolve("before/plans/2019-2021/commitments/datos-abiertos/index.html"))
        .content().doesNotContain("80 %");
    assertThat(tmp.resolve("again/plans/2019-2021/commitments/datos-abiertos/index.html"))
        .content().contains("80 %");
  }

  @Test
  void uncommittedEditsAreNotPartOfAPastDate() throws Exception {
    build(tmp.resolve("then"), null, LocalDate.of(2019, 8, 20));
    repo.edit(COMMITMENT, "Hito atrasado", "Hito renombrado sin commit");
    build(tmp.resolve("again"), null, LocalDate.of(2019, 8, 20));
    assertSameSite(TestSites.snapshot(tmp.resolve("again")),
        TestSites.snapshot(tmp.resolve("then")));
  }

  @Test
  void aDateBeforeTheFirstCommitIsAnError() {
    BuildResult result = new SiteBuilder(new BuildOptions(repo.content(), TestSites.THEME,
        tmp.resolve("out"), null, null, LocalDate.of(2018, 12, 31))).run();
    assertThat(result.ok()).isFalse();
    assertThat(result.problems().all()).singleElement().satisfies(p -> {
      assertThat(p.position().file()).endsWith("content");
      assertThat(p.message()).contains("no commit on or before 2018-12-31")
          .contains("the first is of 2019-02-01").contains("--today 2018-12-31");
    });
  }

  @Test
  void withoutGitHistoryItSaysSoAndBuildsTheContentAsItIs() throws Exception {
    Path content = tmp.resolve("plain/content");
    TestSites.copyTree(ContentFixture.BASE, content);
    BuildResult result = new SiteBuilder(new BuildOptions(content, TestSites.THEME,
        tmp.resolve("plain/site"), null, null, LocalDate.of(2020, 1, 15))).run();
    assertThat(result.ok()).isTrue();
    assertThat(result.asOf()).isEqualTo(LocalDate.of(2020, 1, 15));
    assertThat(result.problems().all()).anySatisfy(p -> assertThat(p.message())
        .contains("is not in a git repository with commits")
        .contains("with 2020-01-15 as today"));
  }

  /** Byte for byte, every file. */
  static void assertSameSite(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
  }
}
