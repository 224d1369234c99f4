package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.acta.check.LinkChecker;
import org.acta.diagnostics.Problem;
import org.acta.testing.ExampleSite;
import org.acta.testing.TestSites;
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
    site = ExampleSite.dir();
    result = ExampleSite.result();
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  /** Site pages; the newsletters' e-mail editions are documents of their own, tested apart. */
  private static List<Path> htmlPages() throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .filter(p -> !p.getFileName().toString().equals("email.html")).sorted().toList();
    }
  }

  @Test
  void buildsWithoutErrorsAndOnlyTheExpectedWarnings() {
    // 2018 fell short of 3 open meetings, and the plan in co-creation has one commitment so
    // far: the example shows both warnings on purpose.
    assertThat(result.problems().all()).noneMatch(Problem::isError);
    assertThat(result.problems().all()).filteredOn(p -> !p.code().startsWith("plausibility."))
        .extracting(Problem::message).containsExactly(
        "2018 had 1 meeting open to the public; the target is 3 a year "
            + "(quality.open_meetings_per_year in site.yaml).",
        "plan '2020-2022' has 1 commitment; the forum's range is 10 to 20 "
            + "(quality.plan_size in site.yaml).");
    // Built as of the tests' date (2020-01-15), the example already holds the record of two
    // later sessions and four pieces of evidence dated after it: the plausibility check says so.
    assertThat(result.problems().all()).filteredOn(p -> p.code().startsWith("plausibility."))
        .extracting(p -> p.code() + " "
            + p.position().file().replaceAll("^(.*/)?content/", ""))
        .containsExactlyInAnyOrder(
            "plausibility.minute-after-build-date minutes/2020/2020-04-21-sesion-remota.md",
            "plausibility.minute-after-build-date minutes/2020/2020-09-15-inicio-quinto-plan.md",
            "plausibility.evidence-after-build-date plans/2018-2020/commitments/"
                + "justicia-abierta.yaml",
            "plausibility.evidence-after-build-date plans/2018-2020/commitments/"
                + "listas-espera-salud.yaml",
            "plausibility.evidence-after-build-date plans/2018-2020/commitments/"
                + "politica-datos-abiertos.yaml",
            "plausibility.evidence-after-build-date plans/2018-2020/commitments/"
                + "transparencia-municipal.yaml");
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
        "plan-closed", "badge overdue", "completion-no-evidence", "completion-limited",
        "completion-substantial", "completion-complete", "completion-not-started",
        "cstatus-completed", "cstatus-delayed", "cstatus-in-progress", "cstatus-not-started",
        "sec-irm", "sec-timeline", "sec-history")) {
      assertThat(all).as(status).contains(status);
    }
  }

  @Test
  void everyPageIsWellFormedWithOneH1AndLanguage() throws IOException {
    for (Path p : htmlPages()) {
      Document doc = Jsoup.parse(p.toFile(), "UTF-8");
      assertThat(doc.select("html").attr("lang")).as(p.toString())
          .isEqualTo(site.relativize(p).startsWith("en") ? "en" : "es");
      assertThat(doc.select("h1")).as(p.toString()).hasSize(1);
      assertThat(doc.title()).as(p.toString()).isNotBlank();
      // No inline script anywhere (JSON-LD is data, not script); only the theme's own files.
      assertThat(doc.select("script:not([type=application/ld+json])")).as(p.toString())
          .allSatisfy(s -> assertThat(s.attr("src")).matches(
              "(\\.\\./)*assets/(dashboard|search|vendor/minisearch)\\.js"));
      assertThat(doc.select("script:not([type=application/ld+json])").stream()
          .filter(s -> !s.data().isBlank())).isEmpty();
      assertThat(doc.select("main#main")).as(p.toString()).hasSize(1);
    }
  }

  @Test
  void hasTheDashboardArchiveAndTopicPages() throws IOException {
    for (String plan : List.of("2016-2018", "2018-2020", "2020-2022")) {
      assertThat(site.resolve("plans/" + plan + "/dashboard/index.html")).exists();
      assertThat(site.resolve("plans/" + plan + "/evidence/index.html")).exists();
      assertThat(site.resolve("plans/" + plan + "/data/plan-" + plan + ".zip")).exists();
    }
    for (int goal = 1; goal <= 17; goal++) {
      assertThat(site.resolve("sdgs/" + goal + "/index.html")).exists();
    }
    assertThat(page("sdgs/index.html").select(".sdg-grid li")).hasSize(17);
    assertThat(page("values/index.html").select(".value-list li")).hasSize(4);
    assertThat(page("themes/index.html").select(".theme-list li")).isNotEmpty();
    assertThat(site.resolve("data/acta.json")).exists();
    assertThat(site.resolve("data/schema/acta-data.schema.json")).exists();
    Document dashboard = page("plans/2018-2020/dashboard/index.html");
    assertThat(dashboard.select("table.dashboard-table tbody tr")).hasSize(12);
    assertThat(dashboard.select("svg[role=img] > title")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(page("plans/2016-2018/index.html").select(".notice").text()).contains("cerrado");
  }

  @Test
  void forumRecordPagesShowAgreementsMeetingsAndConsultation() throws IOException {
    Document agreements = page("agreements/index.html");
    // As of 2020-01-15 (the tests' date) some agreements are overdue, some open, some closed.
    assertThat(agreements.select("section[aria-labelledby=sec-overdue-agreements] li"))
        .isNotEmpty();
    assertThat(agreements.select("section[aria-labelledby=sec-open-agreements] li")).isNotEmpty();
    assertThat(agreements.select("section[aria-labelledby=sec-closed-agreements] li"))
        .isNotEmpty();
    Document meetings = page("meetings/index.html");
    assertThat(meetings.select("article.meeting")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(meetings.select("table tbody tr")).extracting(e -> e.select("th").text())
        .contains("2019", "2018");
    assertThat(meetings.select("a[href$=calendar.ics]")).hasSize(1);
    Document consultation = page("plans/2018-2020/consultation/index.html");
    assertThat(consultation.select("table.consultation tbody tr")).hasSize(34);
    assertThat(consultation.select("table.consultation").text()).doesNotContain("@")
        .doesNotContain("+56 9");
    assertThat(page("plans/2018-2020/commitments/transparencia-municipal/index.html")
        .select("section[aria-labelledby=sec-inputs] li")).isNotEmpty();
    assertThat(site.resolve("minutes/feed.xml")).exists();
  }

  @Test
  void findableAndShareable() throws IOException {
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    for (Path p : htmlPages()) {
      String rel = site.relativize(p).toString().replace("index.html", "");
      if (!rel.endsWith("404.html")) {
        assertThat(sitemap).as(rel).contains("<loc>https://example.org/gobierno-abierto/" + rel
            + "</loc>");
      }
      Document doc = Jsoup.parse(p.toFile(), "UTF-8");
      assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
          .as(rel).contains("script-src 'self'").doesNotContain("unsafe-inline");
      assertThat(doc.select("meta[property=og:title]").attr("content")).as(rel).isNotBlank();
      assertThat(doc.select("meta[property=og:image]").attr("content")).as(rel)
          .isEqualTo("https://example.org/gobierno-abierto/assets/og-image.png");
      assertThat(doc.select("link[rel=icon]")).as(rel).hasSize(1);
      assertThat(doc.select("link[rel=canonical]").attr("href")).as(rel)
          .startsWith("https://example.org/gobierno-abierto/");
    }
    assertThat(Files.readString(site.resolve("robots.txt")))
        .contains("Sitemap: https://example.org/gobierno-abierto/sitemap.xml");
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    var events = json.readTree(page("meetings/index.html")
        .select("script[type=application/ld+json]").first().data());
    assertThat(events.get("@graph").get(0).get("@type").asString()).isEqualTo("Event");
    assertThat(events.get("@graph").get(0).get("startDate").asString())
        .isEqualTo("2020-10-20T16:00-03:00");
    var dataset = json.readTree(page("data/index.html")
        .select("script[type=application/ld+json]").first().data());
    assertThat(dataset.get("@type").asString()).isEqualTo("Dataset");
    assertThat(dataset.get("distribution")).hasSize(3);
  }

  @Test
  void theEnglishVersionHasEveryPageTranslatedWhereTheContentIs() throws IOException {
    for (Path p : htmlPages()) {
      String rel = site.relativize(p).toString().replace('\\', '/');
      if (!rel.startsWith("en/")) {
        assertThat(site.resolve("en/" + rel)).as("English version of " + rel).exists();
      }
    }
    String seed = "minutes/2018/2018-05-08-desafios-cuarto-plan/index.html";
    Document minute = page("en/" + seed);
    assertThat(minute.select("h1").text())
        .isEqualTo("Challenges and expectations for the next Action Plan");
    assertThat(minute.select("ol.agreements > li > p:first-child").first().text())
        .startsWith("Update the minutes of the MGA's meetings");
    // Attendees' roles are not translated: they show in Spanish, marked, with a note.
    assertThat(minute.select("ul.attendees span[lang=es]").first().text())
        .isEqualTo("Subsecretario General de la Presidencia");
    assertThat(minute.select(".translation-note").text()).contains("Part of this content");
    assertThat(minute.select("nav.language-switch a[hreflang=es]").attr("href"))
        .isEqualTo("../../../../" + seed.replace("index.html", ""));
    Document untranslated = page("en/plans/2018-2020/commitments/justicia-abierta/index.html");
    assertThat(untranslated.select(".translation-note").text())
        .isEqualTo("This content has not been translated; the original in Spanish is shown.");
    assertThat(untranslated.select("h1[lang=es]")).hasSize(1);
    assertThat(page("en/index.html").select("h1").text()).isEqualTo("Open Government Roundtable");
    assertThat(page("index.html").select("nav.language-switch a").text()).isEqualTo("English");
  }

  @Test
  void linksBetweenPagesOfTheEnglishVersionStayInIt() throws IOException {
    Path english = site.resolve("en");
    for (Path p : htmlPages()) {
      if (!p.startsWith(english) || p.getFileName().toString().equals("404.html")) {
        continue;
      }
      // Links to a page (a folder or an .html file) other than the language switch.
      for (var a : Jsoup.parse(p.toFile(), "UTF-8").select("a[href]:not([hreflang])")) {
        String href = a.attr("href").replaceAll("#.*", "");
        if (!href.isEmpty() && !href.contains(":") && (href.endsWith("/")
            || href.endsWith(".html"))) {
          assertThat(p.getParent().resolve(href).normalize())
              .as(site.relativize(p) + " links to " + href).startsWith(english);
        }
      }
    }
  }

  @Test
  void irmAssessmentIsShownBesideSelfReportedProgress() throws IOException {
    Document doc = page("plans/2016-2018/commitments/portal-transparencia-unificado/index.html");
    String irm = doc.select("section.irm").text();
    assertThat(irm).contains("Verificable", "Sí", "Sustancial", "Significativamente",
        "Compromiso estelar", "Nivel informado por el plan");
    assertThat(doc.select(".ogp-id").text()).contains("CL0040");
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
