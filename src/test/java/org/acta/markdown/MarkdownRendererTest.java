package org.acta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private Document render(String md) {
    return Jsoup.parseBodyFragment(renderer.render(md));
  }

  @Test
  void aTextRenderedAgainOnTheSameThreadIsNotRenderedTwice() {
    // An untranslated page shows the original's Markdown in every language; the page is
    // rendered in each language on one thread, so the second rendering is the first's result.
    String body = "## Acuerdos\n\n1. Publicar el acta.\n";
    String first = renderer.render(body);
    assertThat(renderer.render(new String(body))).isSameAs(first);
    assertThat(renderer.render("## Otro\n")).isNotSameAs(first).contains("<h2");
    // Bounded: after many other texts, the first is rendered again (equal, not the same).
    for (int i = 0; i < 200; i++) {
      renderer.render("texto " + i);
    }
    assertThat(renderer.render(body)).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void tabIndentedTableRowsThatBreakFlexmarksTablesStillRender() {
    // flexmark 0.64.8 throws StringIndexOutOfBoundsException on this text (found by the fuzzer);
    // read with its tabs as spaces, as CommonMark reads them, it is a table of two header rows.
    String crash = "| 1 | 2 |\n\t\t\t\t| a | b |\n|:-:|--:|\n/x";
    Document doc = render(crash);
    assertThat(doc.select("table thead tr")).hasSize(2);
    assertThat(doc.select("table th")).extracting(e -> e.text())
        .containsExactly("1", "2", "a", "b");
    assertThat(doc.select("p").text()).isEqualTo("/x");
    assertThat(renderer.renderWithFlexmark(crash)).isEqualTo(renderer.render(crash));
  }

  @Test
  void tabsBeforeTableRowsAreReadAsSpacesAndTabsInCodeAreKept() {
    // flexmark alone shows "a", "Plazo" and "" as cells of the second row.
    Document doc = render("| Tema | Plazo |\n\t\t| Datos | Marzo |\n|:-:|--:|\n"
        + "| Uno | Dos |\n\n```\n\tmake | tee\n```\n");
    assertThat(doc.select("th, td")).extracting(e -> e.text())
        .containsExactly("Tema", "Plazo", "Datos", "Marzo", "Uno", "Dos");
    assertThat(doc.select("pre code").first().wholeText()).isEqualTo("\tmake | tee\n");
    assertThat(render("> | a |\n>\t\t| b |\n> |---|\n").select("blockquote th"))
        .extracting(e -> e.text()).containsExactly("a", "b");
  }

  @Test
  void tabsExpandToTheNextMultipleOfFourColumnsOnEachLine() {
    assertThat(TabbedTables.expanded("\ta\n  \tb\nabcd\tc\r\n\t"))
        .isEqualTo("    a\n    b\nabcd    c\r\n    ");
  }

  @Test
  void rendersTablesAutolinksAndHeadingIds() {
    String html = renderer.render("## Resultados\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        + "Ver https://example.org/x\n");
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("h2#resultados")).hasSize(1);
    assertThat(doc.select("table td")).extracting(e -> e.text()).containsExactly("1", "2");
    assertThat(doc.select("a[href=https://example.org/x]")).hasSize(1);
  }

  @Test
  void contentH1BecomesH2SoThePageKeepsOneH1() {
    assertThat(render("# Título").select("h1")).isEmpty();
    assertThat(render("# Título").select("h2").text()).isEqualTo("Título");
  }

  @Test
  void rawHtmlIsShownAsTextNotMarkup() {
    Document doc = render("<script>alert(1)</script>\n\n<b onclick=\"x()\">b</b> <img src=x onerror=alert(1)>");
    assertThat(doc.select("script, b, img, [onclick], [onerror]")).isEmpty();
    assertThat(doc.text()).contains("<script>alert(1)</script>").contains("<b onclick=\"x()\">");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[x](javascript:alert(1))",
      "[x](JavaScript:alert(1))",
      "[x](&#106;avascript:alert(1))",
      "[x](&#x6A;avascript:alert(1))",
      "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "[x](vbscript:msgbox)",
      "<javascript:alert(1)>",
      "[x]: javascript:alert(1)\n\n[y][x]"})
  void scriptLinksNeverSurvive(String md) {
    assertThat(Oracle.isClean(renderer.render(md))).isTrue();
    Document doc = render(md);
    assertThat(doc.select("[href], [src]")).allSatisfy(e -> assertThat(e.attr("href"))
        .doesNotContainIgnoringCase("javascript").doesNotContainIgnoringCase("data:")
        .doesNotContainIgnoringCase("vbscript"));
    assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href"))
        .startsWith("http"));
  }

  @Test
  void safeLinksKeepTheirTargetAndGetNoopener() {
    Document doc = render("[a](https://example.org) [b](../evidence/x.pdf) [c](mailto:a@b.cl) [d](#top)");
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly("https://example.org", "../evidence/x.pdf", "mailto:a@b.cl", "#top");
    assertThat(doc.select("a[href^=https]").attr("rel")).isEqualTo("noopener");
  }

  @Test
  void templateSyntaxIsPlainText() {
    String html = renderer.render("Hola ${user} <#assign x = 1> [=x]");
    assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("Hola ${user} <#assign x = 1> [=x]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[x](java\tscript:alert(1))",
      "[x](\u0001javascript:alert(1))",
      "[x](&Tab;javascript:alert(1))",
      "[x](jav&#x09;ascript:alert(1))",
      "![x](javascript:alert(1))",
      "![x][r]\n\n[r]: &#106;avascript:alert(1)",
      "<data:text/html,x>"})
  void browserDecodingDoesNotReviveScriptLinks(String md) {
    String html = renderer.render(md);
    assertThat(Oracle.isClean(html)).as(html).isTrue();
    assertThat(Jsoup.parseBodyFragment(html).select("[href]")).isEmpty();
  }

  @Test
  void imagesBecomeLinksWithTheirAltText() {
    Document doc = render("![Foto del taller](https://example.org/f.jpg) ![x][r]\n\n[r]: ../a.png");
    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly("https://example.org/f.jpg", "../a.png");
    assertThat(doc.select("a").first().text()).isEqualTo("Foto del taller");
  }

  @Test
  void tableAlignmentIsAClassNotAnObsoleteAttribute() {
    String html = renderer.render("| a | b |\n|:---|---:|\n| 1 | 2 |");
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("[align], [style]")).isEmpty();
    assertThat(doc.select("td").eachAttr("class")).containsExactly("align-left", "align-right");
    assertThat(Oracle.isClean(html)).isTrue();
  }

  @Test
  void strikethroughAndRulesAreKept() {
    Document doc = render("~~retirado~~\n\n---\n\nfin");
    assertThat(doc.select("del").text()).isEqualTo("retirado");
    assertThat(doc.select("hr")).hasSize(1);
  }

  @Test
  void forbiddenCharactersAfterAllowedTextAreReplaced() {
    // The exact check starts at the first suspect char: what precedes it is kept as is.
    assertThat(MarkdownRenderer.withoutForbiddenCharacters("Sesión ok\t\n")).isEqualTo(
        "Sesión ok\t\n");
    assertThat(MarkdownRenderer.withoutForbiddenCharacters("acta ñ\u0001b\u0085c\uFDD0d"))
        .isEqualTo("acta ñ\uFFFDb\uFFFDc\uFFFDd");
    assertThat(MarkdownRenderer.withoutForbiddenCharacters("a \uD83D\uDE00 b \uD83F\uDFFE c"))
        .isEqualTo("a \uD83D\uDE00 b \uFFFD c");
    assertThat(MarkdownRenderer.withoutForbiddenCharacters("x\u00A0\u20AC\uFFFF"))
        .isEqualTo("x\u00A0\u20AC\uFFFD");
  }
}
