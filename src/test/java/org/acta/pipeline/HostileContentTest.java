package org.acta.pipeline;

import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acta.diagnostics.Severity;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text field of the fixture replaced by hostile text: markup, event handlers, script
 * links and template syntax must come out as literal text, never as a script or evaluated.
 */
class HostileContentTest {
  static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"
      + "${7*7}<#assign x=1>[=x]";
  static final Pattern SCALAR = Pattern.compile(
      "^(\\s*(?:- )?(?:title|name|role|represents|location|owner|text|event|deliverable|"
          + "problem|status_quo|description|solution|access_to_information|"
          + "technology_and_innovation|note|acronym)): (.+)$", Pattern.MULTILINE);

  @TempDir Path tmp;

  @Test
  void hostileTextInEveryFieldIsShownLiterally() throws Exception {
    Path content = ContentFixture.copyOf("base", tmp).root();
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(yaml|md)$")).toList()) {
        String text = Files.readString(f);
        Matcher m = SCALAR.matcher(text);
        text = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + ": '"
            + PAYLOAD.replace("'", "''") + "'"));
        if (f.toString().endsWith(".md")) {
          text = text + "\n" + PAYLOAD + "\n\n[x](javascript:alert(3)) [y](data:text/html,hi) "
              + "<a href=\"javascript:alert(4)\">z</a>\n";
        }
        Files.writeString(f, text);
      }
    }
    Path site = tmp.resolve("site");
    var result = TestSites.build(content, site);
    assertThat(result.ok()).as(result.problems().all().toString()).isTrue();

    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
    }
    int literal = 0;
    for (Path page : pages) {
      String html = Files.readString(page);
      Document doc = Jsoup.parse(html);
      assertThat(doc.select("script:not([type=application/ld+json])")).as(page.toString())
          .allSatisfy(s -> assertThat(s.attr("src")).matches(
              "(\\.\\./)*assets/(dashboard|search|vendor/minisearch)\\.js"));
      assertThat(doc.select("img")).as(page.toString()).isEmpty();
      for (Element e : doc.getAllElements()) {
        e.attributes().forEach(a -> {
          assertThat(a.getKey()).as(page + " " + e.tagName()).doesNotStartWith("on");
          assertThat(a.getValue().toLowerCase()).as(page.toString())
              .doesNotStartWith("javascript:").doesNotStartWith("data:");
        });
      }
      assertThat(html).as(page.toString()).doesNotContain(">49<").doesNotContain("alert(1)</script>");
      if (doc.text().contains("${7*7}<#assign x=1>[=x]")) {
        literal++;
      }
    }
    assertThat(literal).as("pages showing the payload literally").isGreaterThan(5);
  }

  @Test
  void aTableThatBreaksFlexmarksTablesStillBuilds() throws Exception {
    // flexmark 0.64.8's tables throw on tab-indented rows like these (found by the fuzzer);
    // before, the page failed with a template error that blamed the theme.
    var f = ContentFixture.minimal(tmp).replace(ContentFixture.MINUTE,
        "Se revisan los desafíos del próximo plan.\n",
        "| Tema | Plazo |\n\t\t\t\t| Datos | Marzo |\n|:-:|--:|\nFin.\n");
    Path site = tmp.resolve("site");

    var result = TestSites.build(f.root(), site);

    assertThat(result.ok()).as(result.problems().all().toString()).isTrue();
    Document page = Jsoup.parse(Files.readString(
        site.resolve("minutes/2018/2018-05-08-primera-sesion/index.html")));
    assertThat(page.select("table th")).extracting(Element::text)
        .containsExactly("Tema", "Plazo", "Datos", "Marzo");
  }

  @Test
  void longLinkSyntaxInAMinuteBuildsOnTheDefaultStack() throws Exception {
    // flexmark's link expressions recursed once per character: an unclosed '[' before 1,000
    // characters, or a 5,000-character link title, failed the page with a template error.
    String words = "texto del acta ".repeat(400);
    var f = ContentFixture.minimal(tmp).replace(ContentFixture.MINUTE,
        "Se revisan los desafíos del próximo plan.\n",
        "Nota [sin cerrar " + words + "\n\nVer [la ley](https://www.leychile.cl \"" + words
            + "\").\n\nRuta [\u03c0 " + "\\".repeat(56) + "\n");
    Path site = tmp.resolve("site");

    var result = TestSites.build(f.root(), site);

    assertThat(result.ok()).as(result.problems().all().toString()).isTrue();
    Document page = Jsoup.parse(Files.readString(
        site.resolve("minutes/2018/2018-05-08-primera-sesion/index.html")));
    assertThat(page.text()).contains("Nota [sin cerrar texto del acta", "Ruta [\u03c0 \\\\");
    assertThat(page.select("a[href='https://www.leychile.cl']")).singleElement()
        .satisfies(a -> assertThat(a.attr("title")).startsWith("texto del acta texto"));
  }

  @Test
  void markdownTheRendererCannotTakeIsOneErrorAtItsFileNotATemplateError() throws Exception {
    // An HTML tag of 50,000 attributes: flexmark's HTML expressions recurse once per
    // attribute, past any stack. (Not a limit: Acta shows raw HTML as text anyway.)
    var f = ContentFixture.minimal(tmp).replace(ContentFixture.MINUTE,
        "Se revisan los desafíos del próximo plan.\n",
        "Ver <a" + " b=\"c\"".repeat(50_000) + ">\n");

    var result = f.build();

    assertThat(result.ok()).isFalse();
    assertOnlyProblem(result.problems().all().stream()
        .filter(p -> p.severity() == Severity.ERROR).toList()).isError()
        .isAt(f.root().resolve(ContentFixture.MINUTE).toString(), 0, 0)
        .messageContains("a Markdown text from this file is too complex to render")
        .messageDoesNotContain("template", "ftlh");
  }
}
