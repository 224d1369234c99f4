package org.acta.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.acta.check.LinkChecker;
import org.acta.support.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the committed example content builds into a complete, linked site. */
class ExampleSiteTest {
  @TempDir static Path tmp;
  static Path site;
  static BuildResult result;

  @BeforeAll
  static void build() {
    site = tmp.resolve("site");
    result = TestSites.buildOk(TestSites.EXAMPLE_CONTENT, site);
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  private static List<Path> htmlPages() throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void buildsWithoutErrorsOrWarnings() {
    assertThat(result.problems().all()).isEmpty();
    assertThat(result.pages()).isGreaterThan(40);
  }

  @Test
  void hasEveryKindOfPage() {
    assertThat(site.resolve("index.html")).exists();
    assertThat(site.resolve("404.html")).exists();
    assertThat(site.resolve("minutes/index.html")).exists();
    assertThat(site.resolve("minutes/2018/index.html")).exists();
    assertThat(site.resolve("minutes/2018/2018-05-08-desafios-cuarto-plan/index.html")).exists();
    assertThat(site.resolve("plans/index.html")).exists();
    assertThat(site.resolve("plans/2018-2020/index.html")).exists();
    assertThat(site.resolve("institutions/index.html")).exists();
    assertThat(site.resolve("institutions/cplt/index.html")).exists();
    assertThat(site.resolve("assets/style.css")).exists();
    assertThat(site.resolve(".acta-site")).exists();
  }

  @Test
  void everyCommitmentHasAPageWithItsMilestones() throws IOException {
    Path commitments = TestSites.EXAMPLE_CONTENT.resolve("plans/2018-2020/commitments");
    List<String> ids;
    try (Stream<Path> files = Files.list(commitments)) {
      ids = files.map(p -> p.getFileName().toString().replace(".yaml", "")).toList();
    }
    assertThat(ids).hasSizeGreaterThanOrEqualTo(12);
    for (String id : ids) {
      Document doc = page("plans/2018-2020/commitments/" + id + "/index.html");
      assertThat(doc.select("h1")).hasSize(1);
      assertThat(doc.select("li.milestone")).isNotEmpty();
      assertThat(doc.select("progress")).isNotEmpty();
    }
  }

  @Test
  void seedMinutesShowEveryAttendeeAndRecommendation() throws IOException {
    Document doc = page("minutes/2018/2018-05-08-desafios-cuarto-plan/index.html");
    assertThat(doc.select("h1").text()).contains("Desafíos y expectativas");
    assertThat(doc.select("ul.attendees li")).hasSize(10);
    assertThat(doc.select("ol.agreements > li")).hasSize(13);
    assertThat(doc.text()).contains("Teatinos 92", "18:00 – 19:00", "Alonso Cerdán",
        "Francisco Sánchez Lay", "entre 10 a 20 compromisos");
  }

  @Test
  void everyMilestoneStatusAndPlanStatusIsShown() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path p : htmlPages()) {
      all.append(Files.readString(p));
    }
    for (String status : List.of("status-not-started", "status-in-progress", "status-completed",
        "status-delayed", "status-cancelled", "plan-co-creation", "plan-implementation",
        "plan-closed", "badge overdue")) {
      assertThat(all).as(status).contains(status);
    }
  }

  @Test
  void everyPageIsWellFormedWithOneH1AndLanguage() throws IOException {
    for (Path p : htmlPages()) {
      Document doc = Jsoup.parse(p.toFile(), "UTF-8");
      assertThat(doc.select("html").attr("lang")).as(p.toString()).isEqualTo("es");
      assertThat(doc.select("h1")).as(p.toString()).hasSize(1);
      assertThat(doc.title()).as(p.toString()).isNotBlank();
      assertThat(doc.select("script")).as(p.toString()).isEmpty();
      assertThat(doc.select("main#main")).as(p.toString()).hasSize(1);
    }
  }

  @Test
  void noBrokenInternalLinksOrAnchors() throws IOException {
    var broken = new LinkChecker(site, "/gobierno-abierto/").check();
    assertThat(broken).isEmpty();
  }

  @Test
  void evidenceFilesAreCopiedAndLinked() throws IOException {
    try (Stream<Path> files = Files.walk(TestSites.EXAMPLE_CONTENT.resolve("evidence"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String rel = TestSites.EXAMPLE_CONTENT.relativize(f).toString();
        assertThat(site.resolve(rel)).hasSameBinaryContentAs(f);
      }
    }
  }

  @Test
  void sameInputGivesAByteIdenticalSite() throws IOException {
    Path again = tmp.resolve("again");
    TestSites.buildOk(TestSites.EXAMPLE_CONTENT, again);
    var first = TestSites.snapshot(site);
    var second = TestSites.snapshot(again);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String file : first.keySet()) {
      assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
    }
  }
}
