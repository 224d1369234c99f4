package org.acta.pipeline;

import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.PLAN;
import static org.acta.testing.ContentFixture.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acta.check.LinkChecker;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site in several languages: the main one at the root as before, each other one under
 * /&lt;language&gt;/ with the same pages, translated where the content has translations and
 * showing the original (marked with its language, with a note) where it has not.
 */
class LanguageVersionsTest {
  private static final String BASE_URL = "https://example.org/ga/";
  private static final String MINUTE_PAGE = "minutes/2018/2018-05-08-primera-sesion/index.html";
  private static final String COMMITMENT_PAGE =
      "plans/2018-2020/commitments/transparencia-municipal/index.html";

  @TempDir
  Path temp;

  /**
   * The minimal content in Spanish and English: the site, the plan's title and the minute
   * (in a translation file) are translated; the commitment is not.
   */
  private ContentFixture bilingual() {
    return ContentFixture.minimal(temp)
        .write(SITE, ContentFixture.SITE_YAML + """
            title_en: Open Government Test
            languages: [es, en]
            base_url: %s
            """.formatted(BASE_URL))
        .replace(PLAN, "status: closed\n",
            "status: closed\ntitle_en: Fourth Action Plan 2018-2020\n")
        .write(MINUTE.replace(".md", ".en.md"), """
            ---
            title: First session of the Roundtable
            ---

            The challenges of the next plan are reviewed.
            """);
  }

  private Path build(ContentFixture content, String name) {
    Path out = temp.resolve(name);
    BuildResult result = TestSites.build(content.root(), out);
    assertThat(result.ok()).as(ProblemFormatter.format(result.problems().all())).isTrue();
    return out;
  }

  private static Document page(Path site, String file) throws IOException {
    return Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
  }

  /** HTML files under {@code dir}, relative to it, leaving out {@code exclude}. */
  private static Set<String> htmlFiles(Path dir, String exclude) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> exclude == null || !p.startsWith(exclude))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void everyPageExistsInEveryLanguage() throws IOException {
    Path site = build(bilingual(), "site");

    Set<String> spanish = htmlFiles(site, "en/");
    assertThat(spanish).contains("index.html", MINUTE_PAGE, COMMITMENT_PAGE, "404.html");
    assertThat(htmlFiles(site.resolve("en"), null)).isEqualTo(spanish);
  }

  @Test
  void aTranslatedVersionIsInItsLanguage() throws IOException {
    Path site = build(bilingual(), "site");

    Document english = page(site, "en/" + MINUTE_PAGE);
    assertThat(english.select("html").attr("lang")).isEqualTo("en");
    assertThat(english.select("h1").text()).isEqualTo("First session of the Roundtable");
    assertThat(english.select("h1").attr("lang")).isEmpty();
    assertThat(english.select("section.prose").text())
        .contains("The challenges of the next plan are reviewed.");
    assertThat(english.select("header nav a").eachText()).contains("Minutes", "Action plans");
    assertThat(english.select("dl.facts time").first().text()).isEqualTo("May 8, 2018");
    assertThat(english.select(".translation-note")).isEmpty();
    assertThat(english.title()).endsWith("· Open Government Test");

    Document spanish = page(site, MINUTE_PAGE);
    assertThat(spanish.select("html").attr("lang")).isEqualTo("es");
    assertThat(spanish.select("h1").text()).isEqualTo("Primera sesión de la Mesa");
    assertThat(spanish.select("dl.facts time").first().text()).isEqualTo("8 de mayo de 2018");
  }

  @Test
  void everyPageLinksToItsOtherLanguagesAndAnnouncesThem() throws IOException {
    Path site = build(bilingual(), "site");
    String path = MINUTE_PAGE.replace("index.html", "");

    Document english = page(site, "en/" + MINUTE_PAGE);
    assertThat(english.select("link[rel=alternate][hreflang]"))
        .extracting(e -> e.attr("hreflang") + " " + e.attr("href"))
        .containsExactly("es " + BASE_URL + path, "en " + BASE_URL + "en/" + path,
            "x-default " + BASE_URL + path);
    assertThat(english.select("link[rel=canonical]").attr("href"))
        .isEqualTo(BASE_URL + "en/" + path);
    Element toSpanish = english.selectFirst("nav.language-switch a");
    assertThat(toSpanish.text()).isEqualTo("Español");
    assertThat(toSpanish.attr("hreflang")).isEqualTo("es");
    assertThat(toSpanish.attr("lang")).isEqualTo("es");
    assertThat(site.resolve("en/" + MINUTE_PAGE).getParent().resolve(toSpanish.attr("href"))
        .resolve("index.html").normalize()).isEqualTo(site.resolve(MINUTE_PAGE).normalize());

    Document spanish = page(site, MINUTE_PAGE);
    Element toEnglish = spanish.selectFirst("nav.language-switch a");
    assertThat(toEnglish.text()).isEqualTo("English");
    assertThat(toEnglish.attr("hreflang")).isEqualTo("en");
    assertThat(site.resolve(MINUTE_PAGE).getParent().resolve(toEnglish.attr("href"))
        .resolve("index.html").normalize())
        .isEqualTo(site.resolve("en/" + MINUTE_PAGE).normalize());
    assertThat(spanish.select("link[rel=alternate][hreflang]")).hasSize(3);
  }

  @Test
  void untranslatedContentShowsTheOriginalMarkedWithItsLanguageAndANote() throws IOException {
    Path site = build(bilingual(), "site");

    Document english = page(site, "en/" + COMMITMENT_PAGE);
    assertThat(english.select(".translation-note").text())
        .isEqualTo("This content has not been translated; the original in Spanish is shown.");
    assertThat(english.select("h1").attr("lang")).isEqualTo("es");
    assertThat(english.select("h1").text()).isEqualTo("Transparencia municipal activa");
    assertThat(english.select("section[aria-labelledby=sec-problem] > div[lang=es]").text())
        .contains("Los municipios publican");
    assertThat(english.select("section[aria-labelledby=sec-problem] > h2").text())
        .isEqualTo("Public problem");
    assertThat(english.select("li.milestone h3").attr("lang")).isEqualTo("es");
    // The plan's title is translated: no mark on it.
    assertThat(english.select("dl.facts a[href$=plans/2018-2020/]").attr("lang")).isEmpty();
    assertThat(english.select("dl.facts a[href$=plans/2018-2020/]").text())
        .isEqualTo("Fourth Action Plan 2018-2020");

    Document spanish = page(site, COMMITMENT_PAGE);
    assertThat(spanish.select(".translation-note")).isEmpty();
    assertThat(spanish.select("body [lang]")).extracting(e -> e.attr("lang"))
        .as("only the link to the English version names a language").containsOnly("en");
  }

  @Test
  void pageLinksOfATranslatedVersionStayInItAndSharedFilesResolve() throws IOException {
    Path site = build(bilingual(), "site");
    Path english = site.resolve("en");

    for (String file : htmlFiles(english, null)) {
      Path page = english.resolve(file);
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element a : doc.select("a[href]:not([hreflang]), link[href][rel=stylesheet]")) {
        String href = a.attr("href");
        if (href.startsWith("#") || href.contains("://") || href.startsWith("mailto:")) {
          continue;
        }
        // Only the 404 pages use absolute paths, under the base URL's path.
        Path target = href.startsWith("/ga/") ? site.resolve(href.substring("/ga/".length()))
            : page.getParent().resolve(href.replaceAll("#.*", "")).normalize();
        if (href.endsWith("/") || href.endsWith(".html")) {
          assertThat(target).as(file + " links to the page " + href).startsWith(english);
        } else {
          assertThat(target).as(file + " links to the file " + href).exists();
        }
      }
    }
    assertThat(new LinkChecker(site, "/ga/").check()).isEmpty();
  }

  @Test
  void filesThatDoNotDependOnTheLanguageAreWrittenOnce() throws IOException {
    Path site = build(bilingual(), "site");

    assertThat(site.resolve("assets/style.css")).exists();
    assertThat(site.resolve("en/assets")).doesNotExist();
    assertThat(site.resolve("data/commitments.csv")).exists();
    assertThat(site.resolve("en/data/commitments.csv")).doesNotExist();
    assertThat(site.resolve("minutes/feed.xml")).exists();
    assertThat(site.resolve("en/minutes/feed.xml")).doesNotExist();
    assertThat(searchDocuments(site.resolve("en/search-index/d")))
        .as("each version searches its own texts").contains("First session of the Roundtable")
        .doesNotContain("Primera sesión de la Mesa");
    assertThat(searchDocuments(site.resolve("search-index/d")))
        .contains("Primera sesión de la Mesa");
  }

  /** Every document of a version's search index, one after the other. */
  private static String searchDocuments(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      StringBuilder all = new StringBuilder();
      for (Path f : files.sorted().toList()) {
        all.append(Files.readString(f));
      }
      return all.toString();
    }
  }

  @Test
  void theSitemapListsEveryVersionWithItsAlternates() throws IOException {
    Path site = build(bilingual(), "site");

    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertThat(sitemap).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"",
        "<loc>" + BASE_URL + "en/minutes/</loc>",
        "<url><loc>" + BASE_URL + "minutes/</loc><xhtml:link rel=\"alternate\" hreflang=\"es\" "
            + "href=\"" + BASE_URL + "minutes/\"/><xhtml:link rel=\"alternate\" hreflang=\"en\" "
            + "href=\"" + BASE_URL + "en/minutes/\"/><xhtml:link rel=\"alternate\" "
            + "hreflang=\"x-default\" href=\"" + BASE_URL + "minutes/\"/></url>");
    assertThat(sitemap).doesNotContain("404.html");
  }

  @Test
  void aSingleLanguageSiteHasNoLanguageVersions() throws IOException {
    Path site = build(ContentFixture.minimal(temp), "site");

    assertThat(site.resolve("en")).doesNotExist();
    for (String file : htmlFiles(site, null)) {
      Document doc = page(site, file);
      assertThat(doc.select("[hreflang], .language-switch, .translation-note")).as(file)
          .isEmpty();
      assertThat(doc.select("body [lang]")).as(file).isEmpty();
    }
  }

  @Test
  void theSameContentGivesAByteIdenticalSite() throws IOException {
    ContentFixture content = bilingual();
    var first = TestSites.snapshot(build(content, "first"));
    var second = TestSites.snapshot(build(content, "second"));

    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String file : first.keySet()) {
      assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
    }
  }

  @Test
  void aLanguageWithoutInterfaceTextsIsAnError() {
    ContentFixture content = ContentFixture.minimal(temp)
        .write(SITE, ContentFixture.SITE_YAML + "languages: [es, fr]\n");

    BuildResult result = TestSites.build(content.root(), temp.resolve("site"));
    assertThat(result.ok()).isFalse();
    assertThat(result.problems().all()).extracting(p -> p.message())
        .anyMatch(m -> m.contains("no interface texts for language 'fr'"));
    assertThat(temp.resolve("site")).doesNotExist();
  }

  @Test
  void everyVersionIsRenderedAlsoWhenOnlyValidating() {
    int single = ContentFixture.minimal(temp.resolve("single")).build().pages();

    BuildResult result = bilingual().build();
    assertThat(result.ok()).as(ProblemFormatter.format(result.problems().all())).isTrue();
    assertThat(result.pages()).isEqualTo(2 * single);
  }
}
