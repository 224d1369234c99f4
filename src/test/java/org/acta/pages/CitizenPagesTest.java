package org.acta.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.testing.ContentFixture;
import org.acta.testing.ExampleSite;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a citizen sees first, read from built pages: the home page reports on the current plan
 * and the latest meeting's decisions before anything else, a minute leads with its agreements,
 * and the menu leaves out sections without content.
 */
class CitizenPagesTest {
  @TempDir Path tmp;

  private static Document page(Path site, String file) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(file)));
  }

  private static List<String> menu(Document doc) {
    return doc.select("header nav.site-nav details.menu > ul a").eachText();
  }

  /** The dashboard's count of commitments per status, as "count status" for each non-zero. */
  private static List<String> dashboardCounts(Document dashboard) {
    return dashboard.select("section[aria-labelledby=sec-by-status] table tbody tr").stream()
        .filter(tr -> !tr.child(1).text().equals("0"))
        .map(tr -> tr.child(1).text() + " " + tr.child(0).text()).toList();
  }

  @Test
  void homePageLeadsWithThePlansStatusAndTheLatestMeetingsDecisions() throws IOException {
    // The example site as of TestDates.TODAY (2020-01-15), mid-way through its 2018-2020 plan.
    Document home = page(ExampleSite.dir(), "index.html");
    Document dashboard = page(ExampleSite.dir(), "plans/2018-2020/dashboard/index.html");
    Element main = home.selectFirst("main");
    // The current plan's status comes first, who the forum is last.
    assertThat(main.select("section > h2").eachAttr("id")).containsExactly("sec-current-plan",
        "sec-latest-meeting", "sec-upcoming", "sec-latest-minutes", "sec-about");
    Element status = main.getElementById("plan-status");
    assertThat(status.select(".plan-summary a").text())
        .isEqualTo("Cuarto Plan de Acción de Gobierno Abierto 2018-2020");
    // Commitments by status, only the statuses some commitment has: the dashboard's counts.
    List<String> counts = dashboardCounts(dashboard);
    assertThat(counts).hasSizeGreaterThan(1);
    assertThat(status.select(".status-counts li").eachText()).isEqualTo(counts);
    assertThat(status.select(".glance-progress .progress-value").text())
        .isEqualTo(dashboard.select(".overall .big-number").text()).endsWith(" %");
    assertThat(status.text()).contains("Promedio de los 12 compromisos que informan avance, sin"
        + " contar los cancelados");
    assertThat(status.select("a.cta").attr("href")).isEqualTo("./plans/2018-2020/dashboard/");
    // The delayed commitments, named and linked: as many as the dashboard counts.
    int delayed = Integer.parseInt(counts.stream().filter(c -> c.endsWith(" Con retraso"))
        .findFirst().orElseThrow().split(" ")[0]);
    assertThat(main.select("#sec-delayed").text())
        .isEqualTo("Compromisos con retraso (" + delayed + ")");
    assertThat(main.select(".delayed-list li > a").eachAttr("href")).hasSize(delayed)
        .allSatisfy(href -> assertThat(href).startsWith("./plans/2018-2020/commitments/"));
    assertThat(dashboard.select("tr[data-status=delayed] th a").eachText())
        .containsExactlyInAnyOrderElementsOf(main.select(".delayed-list li > a").eachText());
    // The latest meeting held by the as-of date, not one dated after it (2020-04-21 and later).
    String latest = "./minutes/2019/2019-11-05-ajuste-cronograma/";
    Element meeting = main.selectFirst("section[aria-labelledby=sec-latest-meeting]");
    assertThat(meeting.select(".latest-meeting a").attr("href")).isEqualTo(latest);
    Document minute = page(ExampleSite.dir(), latest + "index.html");
    assertThat(meeting.select("ol.decisions > li > p:first-child").eachText())
        .isNotEmpty()
        .isEqualTo(minute.select("ol.agreements > li > p:first-child").eachText());
    assertThat(meeting.select("ol.decisions .badge").eachText())
        .isEqualTo(minute.select("ol.agreements .meta .badge").eachText());
    assertThat(meeting.select("a[href=\"" + latest + "\"]")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aPlanWithNothingToAverageSaysProgressIsNotReportedNotZero() throws IOException {
    ContentFixture content = ContentFixture.minimal(tmp)
        .replace(ContentFixture.COMMITMENT, "status: completed", "status: cancelled");
    Path site = tmp.resolve("site");
    TestSites.buildOk(content.root(), site);
    Element status = page(site, "index.html").getElementById("plan-status");
    assertThat(status.select(".status-counts li").eachText()).containsExactly("1 Cancelado");
    assertThat(status.text()).contains("Avance no informado").doesNotContain("0 %");
    assertThat(status.select("progress")).isEmpty();
  }

  @Test
  void minuteLeadsWithItsAgreementsAndFoldsItsAttendees() throws IOException {
    Document minute = page(ExampleSite.dir(),
        "minutes/2019/2019-11-05-ajuste-cronograma/index.html");
    List<String> order = minute.select("article.minute > section > h2").eachAttr("id");
    assertThat(order).startsWith("sec-agreements", "sec-follow-ups", "sec-attendees");
    assertThat(order.indexOf("sec-record")).isGreaterThan(order.indexOf("sec-attendees"));
    assertThat(minute.select("#sec-agreements").text()).isEqualTo("Acuerdos (4)");
    assertThat(minute.select("ol.agreements > li").first().id()).isEqualTo("agreement-a01");
    Element attendees = minute.selectFirst("section[aria-labelledby=sec-attendees] > details");
    assertThat(attendees).isNotNull();
    assertThat(attendees.hasAttr("open")).isFalse();
    assertThat(attendees.select("summary").text()).isEqualTo("Ver quiénes asistieron");
    assertThat(attendees.select("ul.attendees li")).isNotEmpty();
  }

  @Test
  void aMinuteWithoutAgreementsSaysSo() throws IOException {
    Path site = tmp.resolve("site");
    TestSites.buildOk(ContentFixture.minimal(tmp).root(), site);
    Document minute = page(site, "minutes/2018/2018-05-08-primera-sesion/index.html");
    assertThat(minute.select("#sec-agreements").text()).isEqualTo("Acuerdos (0)");
    assertThat(minute.select("section[aria-labelledby=sec-agreements] p").text())
        .isEqualTo("En esta sesión no se registraron acuerdos.");
  }

  @Test
  void theMenuLeavesOutSectionsWithoutContent() throws IOException {
    // One minute without agreements, one plan whose commitment names no SDG, no newsletter.
    Path site = tmp.resolve("site");
    TestSites.buildOk(ContentFixture.minimal(tmp).root(), site);
    for (String file : List.of("index.html", "minutes/index.html", "plans/index.html",
        "newsletters/index.html")) {
      assertThat(menu(page(site, file))).as(file).containsExactly("Actas", "Sesiones",
          "Planes de acción", "Instituciones", "Datos abiertos", "Buscar");
    }
    // The empty sections' pages are still there, for links made before.
    assertThat(site.resolve("newsletters/index.html")).exists();
    assertThat(site.resolve("agreements/index.html")).exists();

    assertThat(menu(page(ExampleSite.dir(), "index.html"))).containsExactly("Actas",
        "Sesiones", "Acuerdos", "Boletines", "Planes de acción", "Instituciones", "ODS",
        "Datos abiertos", "Buscar");
  }

  @Test
  void theMenuIsADisclosureInsideTheNavigationLandmark() throws IOException {
    Document home = page(ExampleSite.dir(), "index.html");
    assertThat(home.body().child(0).is("a.skip-link[href=#main]")).isTrue();
    Element nav = home.selectFirst("header nav.site-nav");
    assertThat(nav.attr("aria-label")).isEqualTo("Secciones del sitio");
    Element details = nav.selectFirst("details.menu");
    assertThat(details.hasAttr("open")).isFalse();
    assertThat(details.child(0).is("summary")).isTrue();
    assertThat(details.selectFirst("summary").text()).isEqualTo("Menú");
    assertThat(home.select("script")).isEmpty();
  }
}
