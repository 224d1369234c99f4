package org.acta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.acta.diagnostics.Problem;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
import org.acta.testing.TestRepo;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published newsletter, in a real git repository, against edits made after its date. */
class FrozenNewsletterTest {
  static final String COMMITMENT = TestRepo.DATOS_ABIERTOS;
  static final String ISSUE = "newsletters/2019-08-boletin-agosto/";
  /** Every edition of the issue, and the newsletters' feed. */
  static final String[] EDITIONS = {ISSUE + "index.html", ISSUE + "email.html",
      ISSUE + "email.txt", "newsletters/feed.xml"};
  @TempDir Path tmp;
  @AutoClose TestRepo repo;

  @BeforeEach
  void publishAnIssue() throws Exception {
    repo = TestRepo.baseWithProgress(tmp.resolve("repo"), "2019-01-20T12:00:00Z",
        "2019-07-15T09:00:00Z");
    // Written and committed the day after its date, as editors do.
    repo.write("content/newsletters/2019-08-boletin-agosto.md", """
        ---
        number: 1
        title: Boletín de agosto
        date: 2019-08-25
        period:
          start: 2019-02-01
          end: 2019-07-31
        summary: El semestre del portal.
        featured_commitments: [datos-abiertos]
        ---
        Texto del boletín.
        """);
    repo.commit("2019-08-26T10:00:00Z", "Boletín de agosto");
  }

  private Map<String, String> build(String out) throws Exception {
    BuildResult result = new SiteBuilder(new BuildOptions(repo.content(), TestSites.THEME,
        tmp.resolve(out), "https://example.test/ga/", null)).run();
    assertThat(result.problems().all()).filteredOn(Problem::isError).isEmpty();
    Map<String, String> editions = new TreeMap<>();
    for (String file : EDITIONS) {
      editions.put(file, Files.readString(tmp.resolve(out).resolve(file)));
    }
    return editions;
  }

  @Test
  void editsAfterItsDateLeaveEveryEditionByteIdentical() throws Exception {
    Map<String, String> published = build("then");
    assertThat(published.get(ISSUE + "index.html"))
        .contains("Información actualizada al <time datetime=\"2019-08-25\">");

    // Later: a milestone marked completed back-dated into the period, with progress; a minute
    // dated in the period but committed afterwards; the commitment's title reworded.
    repo.edit(COMMITMENT, "    status: in-progress\n    progress: 60",
        "    status: completed\n    actual_end: 2019-06-15");
    repo.edit(COMMITMENT, "title: Datos abiertos de prueba", "title: Datos abiertos renombrado");
    repo.write("content/minutes/2019/2019-05-02-sesion-tardia.md", "---\ntitle: Sesión tardía\n"
        + "date: 2019-05-02\nkind: ordinary\nopen_to_public: true\n---\nTexto.\n");
    repo.commit("2019-10-01T10:00:00Z", "Hito terminado; acta de mayo; título");
    repo.edit(COMMITMENT, "Hito futuro", "Hito futuro corregido");
    repo.commit("2020-01-10T10:00:00Z", "Corrige un hito");

    Map<String, String> later = build("now");
    assertThat(later).isEqualTo(published);
    // The current pages did change: the edit is real.
    assertThat(tmp.resolve("now/plans/2019-2021/commitments/datos-abiertos/index.html"))
        .content().contains("Datos abiertos renombrado");
  }

  @Test
  void theIssuesFiguresAreThoseOfThePeriodsDays() throws Exception {
    // The progress at the start comes from the commit of 2019-01-20, at the end from that
    // of 2019-07-15: milestones 100 (done), 40 → 60 and 0, the cancelled one left out.
    String page = build("then").get(ISSUE + "index.html");
    assertThat(page).contains("<td data-label=\"Al inicio del período\">47 %</td>"
        + "<td data-label=\"Al cierre del período\">53 %</td>");
    assertThat(page).contains("cifras de este boletín quedaron fijas");
  }
}
