package org.acta.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.acta.diagnostics.Problem;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestRepo;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's frozen snapshots on its reporting dates, read from a real git repository. */
class PlanSnapshotsTest {
  static final String COMMITMENT = "content/plans/2019-2021/commitments/datos-abiertos.yaml";
  static final String PLAN = "plans/2019-2021/";
  static final String MID_YEAR = PLAN + "as-of/2019-06-30/";
  static final String FIRST_YEAR = PLAN + "as-of/2019-12-31/";
  @TempDir Path tmp;
  TestRepo repo;

  @BeforeEach
  void history() throws Exception {
    repo = TestRepo.withContent(tmp.resolve("repo"), ContentFixture.BASE);
    repo.edit("content/plans/2019-2021/plan.yaml", "key_dates:\n",
        "key_dates:\n  - date: 2019-06-30\n    event: Autoevaluación\n    reporting: true\n");
    repo.commit("2019-02-01T12:00:00Z", "Contenido inicial");
    repo.edit(COMMITMENT, "    status: delayed\n    progress: 40",
        "    status: in-progress\n    progress: 70");
    repo.commit("2019-11-01T09:00:00Z", "Avance del portal");
    repo.edit(COMMITMENT, "    status: in-progress\n    progress: 70",
        "    status: completed");
    repo.commit("2020-03-01T09:00:00Z", "Portal terminado");
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private Path build(String out) {
    BuildResult result = new SiteBuilder(new BuildOptions(repo.content(), TestSites.THEME,
        tmp.resolve(out), null, null)).run();
    assertThat(result.problems().all()).filteredOn(Problem::isError).isEmpty();
    return tmp.resolve(out);
  }

  @Test
  void eachPassedReportingDateHasTheDashboardAndCommitmentsAsTheyStood() throws Exception {
    Path site = build("site");
    assertThat(site.resolve(PLAN + "index.html")).content()
        .contains("href=\"../../" + MID_YEAR + "\"").contains("href=\"../../" + FIRST_YEAR + "\"")
        .doesNotContain("as-of/2021-06-30/");
    // Milestones then: 100 (done), 40 or 70 (in progress), 0; the cancelled one left out.
    assertThat(site.resolve(MID_YEAR + "index.html")).content()
        .contains("<p class=\"big-number\">47 %</p>")
        .contains("Información actualizada al <time datetime=\"2019-06-30\">");
    assertThat(site.resolve(FIRST_YEAR + "index.html")).content()
        .contains("<p class=\"big-number\">57 %</p>")
        .contains("href=\"../../../../" + FIRST_YEAR + "commitments/datos-abiertos/\"");
    assertThat(site.resolve(FIRST_YEAR + "commitments/datos-abiertos/index.html")).content()
        .contains("Hito atrasado").contains("70 %");
    assertThat(site.resolve(PLAN + "dashboard/index.html")).content()
        .contains("<p class=\"big-number\">67 %</p>");
  }

  @Test
  void laterEditsLeaveTheSnapshotsByteIdentical() throws Exception {
    Map<String, byte[]> before = TestSites.snapshot(build("then").resolve(PLAN + "as-of"));
    assertThat(before).hasSize(4);
    repo.edit(COMMITMENT, "title: Datos abiertos de prueba", "title: Datos abiertos renombrado");
    repo.edit(COMMITMENT, "Hito futuro", "Hito futuro corregido");
    repo.commit("2020-05-01T09:00:00Z", "Renombra");
    Map<String, byte[]> after = TestSites.snapshot(build("now").resolve(PLAN + "as-of"));
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
  }
}
