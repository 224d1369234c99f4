package org.acta.pipeline;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.INSTITUTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, as a reader sees it: a commitment written as a real tracker publishes it shows its
 * dates as written, says what is not stated or not reported instead of inventing 0 %, and shows
 * the tracker's table of progress updates; open data exports every update.
 */
class RealPlanPagesTest {
  /** Milestone 2 is in progress, with no progress reported, and overdue on 2020-01-15. */
  static final String REAL = ContentFixture.TRACKER_COMMITMENT_YAML + """
          status: in-progress
          end: 2019-12
      """;

  @TempDir
  static Path temp;
  static Path site;

  @BeforeAll
  static void build() {
    var f = ContentFixture.minimal(temp).write(COMMITMENT, REAL).replace(INSTITUTIONS,
        "    name: Consejo para la Transparencia\n    kind: government\n",
        "    name: Consejo para la Transparencia\n    kind: government\n    parent: segpres\n");
    site = temp.resolve("site");
    var result = TestSites.build(f.root(), site, LocalDate.of(2020, 1, 15));
    assertThat(result.ok()).as(result.problems().all().toString()).isTrue();
  }

  static Document page(String path) throws Exception {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  @Test
  void theCommitmentPageShowsWhatIsStatedAndSaysWhatIsNot() throws Exception {
    Document d = page("plans/2018-2020/commitments/transparencia-municipal/index.html");
    String text = d.text();
    assertThat(d.select("h1").text())
        .isEqualTo("Transparencia del gasto público en todos los niveles de gobierno");
    assertThat(d.select("time[datetime=2018-09]").text()).isEqualTo("septiembre de 2018");
    assertThat(d.select("time[datetime=2020]").text()).isEqualTo("2020");
    assertThat(text).contains("Instituciones responsables", "El plan no lo indica.",
        "Evidencia no detallada.", "Hitos sin avance informado: 1 de 2");
    assertThat(d.select("#milestone-2 .progress").text()).isEqualTo("No informado");
    assertThat(d.select("#milestone-2 .overdue")).as("2019-12 is overdue from 2020-01-01")
        .hasSize(1);
    assertThat(d.select("table.progress-table tbody tr")).hasSize(2);
    assertThat(d.select("table.progress-table tbody tr").get(0).text())
        .contains("Completado", "Consejo para la Transparencia", "julio de 2019", "2019 S1",
            "El portal se publicó");
    assertThat(d.select("#sec-status-history + ul").text())
        .contains("En curso", "Completado");
  }

  @Test
  void listsUseTheShortTitleAndTheDashboardSaysWhatIsNotReported() throws Exception {
    Document dash = page("plans/2018-2020/dashboard/index.html");
    assertThat(dash.select("table.dashboard-table tbody th a").text()).isEqualTo("Gasto público");
    assertThat(dash.select(".big-number").text()).isEqualTo("100 %");
    assertThat(dash.text()).contains("Hitos sin avance informado: 1 de 2");
  }

  @Test
  void institutionPagesShowTheParentAndTheSubAgencies() throws Exception {
    assertThat(page("institutions/cplt/index.html").select(".facts").text())
        .contains("Depende de Ministerio Secretaría General de la Presidencia");
    assertThat(page("institutions/segpres/index.html").select(".facts").text())
        .contains("Organismos dependientes Consejo para la Transparencia");
    assertThat(page("institutions/cplt/index.html").text())
        .as("a co-lead's page lists the commitment it leads").contains("Gasto público");
  }

  @Test
  void openDataExportsEveryUpdateAndLeavesUnknownCellsEmpty() throws Exception {
    String updates = Files.readString(site.resolve("data/updates.csv"), StandardCharsets.UTF_8);
    assertThat(updates.split("\r\n")).containsExactly(
        "plan_id,commitment_id,milestone,date,period,status,progress,text,evidence_urls,url",
        "2018-2020,transparencia-municipal,1,2019-07,2019 S1,completed,,"
            + "El portal se publicó en diciembre de 2018.,,/plans/2018-2020/commitments/"
            + "transparencia-municipal/#milestone-1",
        "2018-2020,transparencia-municipal,1,2019-01-15,2018 S2,in-progress,80,,,"
            + "/plans/2018-2020/commitments/transparencia-municipal/#milestone-1");
    String milestones = Files.readString(site.resolve("data/milestones.csv"),
        StandardCharsets.UTF_8);
    assertThat(milestones).contains(",2019-12,,,,in-progress,,true,0,true,,");
  }
}
