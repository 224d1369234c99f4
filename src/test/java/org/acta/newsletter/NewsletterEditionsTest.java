package org.acta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.diagnostics.Problem;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.testing.ExampleSite;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three editions of the example newsletters and their feed. */
class NewsletterEditionsTest {
  static final String ISSUE = "newsletters/2019-08-boletin-2/";
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() {
    site = ExampleSite.dir();
  }

  @Test
  void emailEditionIsSelfContainedWithAbsoluteLinks() throws Exception {
    Document doc = Jsoup.parse(site.resolve(ISSUE + "email.html").toFile(), "UTF-8");
    assertThat(doc.select("link[rel=stylesheet], style, script")).isEmpty();
    assertThat(doc.select("table[role=presentation]")).isNotEmpty();
    assertThat(doc.select("[style]").size()).isGreaterThan(20);
    assertThat(doc.select("a[href]")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href"))
        .matches("(https://example\\.org/gobierno-abierto/.*|mailto:.+)"));
    assertThat(doc.select("[src]")).allSatisfy(e -> assertThat(e.attr("src")).startsWith("https://"));
    assertThat(doc.text()).contains("Carolina Vidal Sepúlveda", "{{unsubscribe_url}}");
  }

  @Test
  void webEditionShowsTheGeneratedSections() throws Exception {
    Document doc = Jsoup.parse(site.resolve(ISSUE + "index.html").toFile(), "UTF-8");
    assertThat(doc.select("h1").text()).isEqualTo("Boletín n.º 2: primeros hitos cumplidos");
    assertThat(doc.select("ul.spotlight li")).hasSize(3);
    assertThat(doc.select("section[aria-labelledby=sec-nl-progress] h3").eachText())
        .anySatisfy(t -> assertThat(t).startsWith("Hitos completados ("));
    assertThat(doc.select("section[aria-labelledby=sec-nl-forum] .minute-list li")).isNotEmpty();
    assertThat(doc.select("a[href$=2019-08-boletin-2/email.html]")).hasSize(1);
    assertThat(doc.select("a[rel=prev]").attr("href")).endsWith("2019-02-boletin-1/");
  }

  @Test
  void plainTextEditionHasEverySectionAndAbsoluteLinks() throws Exception {
    String text = Files.readString(site.resolve(ISSUE + "email.txt"));
    assertThat(text).startsWith("Boletín n.º 2: primeros hitos cumplidos\n=====")
        .contains("Avance en el período\n----", "Quiénes implementan los compromisos",
            "Actividad de la Mesa", "<https://example.org/gobierno-abierto/data/>",
            "Versión web: https://example.org/gobierno-abierto/" + ISSUE)
        .doesNotContain("<p>").doesNotContain("../");
  }

  @Test
  void newslettersHaveTheirAtomFeedAndAreInTheSiteFeed() throws Exception {
    SyndFeed feed = new SyndFeedInput().build(new StringReader(
        Files.readString(site.resolve("newsletters/feed.xml"))));
    assertThat(feed.getEntries()).extracting(e -> e.getTitle()).containsExactly(
        "Boletín n.º 3: ajustes al cronograma y balance de 2019",
        "Boletín n.º 2: primeros hitos cumplidos",
        "Boletín n.º 1: arranca el cuarto Plan de Acción");
    SyndFeed all = new SyndFeedInput().build(new StringReader(
        Files.readString(site.resolve("feed.xml"))));
    assertThat(all.getEntries()).extracting(e -> e.getLink())
        .anySatisfy(l -> assertThat(l).contains("/newsletters/"))
        .anySatisfy(l -> assertThat(l).contains("/minutes/"));
  }

  @Test
  void featuredOfficialMustBelongToTheCommitment() throws Exception {
    Path content = tmp.resolve("bad/content");
    TestSites.copyTree(TestSites.EXAMPLE_CONTENT, content);
    Path file = content.resolve("newsletters/2019-08-boletin-2.md");
    Files.writeString(file, Files.readString(file).replace("name: Carolina Vidal Sepúlveda",
        "name: Carolina Vidal").replace("number: 2", "number: 1"));
    BuildResult r = new org.acta.pipeline.SiteBuilder(new BuildOptions(content, TestSites.THEME,
        null, null, TestDates.TODAY)).run();
    assertThat(r.problems().all()).filteredOn(Problem::isError).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("'Carolina Vidal' is not a responsible official "
            + "of commitment 'integridad-lobby'").contains("Carolina Vidal Sepúlveda"))
        .anySatisfy(m -> assertThat(m).contains("newsletter number 1 is also used"));
  }
}
