package org.acta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Whatever Markdown an editor writes, the HTML has no script, no event handler and no
 * script-like link. Fuzz for real with {@code JAZZER_FUZZ=1 mvn test -Dtest=MarkdownFuzzTest}.
 */
class MarkdownFuzzTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  @FuzzTest(maxDuration = "15s")
  void renderedHtmlIsAlwaysSafe(FuzzedDataProvider data) {
    String source = data.consumeRemainingAsString();
    String html;
    try {
      html = RENDERER.render(source);
    } catch (MarkdownLimitException e) {
      // Nesting past the limits is refused, never rendered: the loader reports it at its line.
      assertThat(MarkdownLimits.check(source)).as(e.getMessage()).isPresent();
      return;
    }
    assertThat(Oracle.isClean(html)).as(html).isTrue();
    for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
      assertThat(e.tagName()).isNotIn("script", "iframe", "object", "embed", "style", "img",
          "form", "input", "svg", "math");
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("style");
        if (a.getKey().equals("href") || a.getKey().equals("src")) {
          // As a browser reads it: no whitespace or control characters, then the scheme.
          // ("javascriptp\://" is a relative address: "\" cannot be part of a scheme.)
          String v = a.getValue().replaceAll("[\\x00-\\x20\\x7f]", "")
              .toLowerCase(java.util.Locale.ROOT);
          assertThat(v).doesNotStartWith("javascript:").doesNotStartWith("data:")
              .doesNotStartWith("vbscript:");
        }
      }
    }
  }
}
