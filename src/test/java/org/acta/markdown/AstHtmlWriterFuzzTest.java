package org.acta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Differential fuzzing: whatever the Markdown, {@link AstHtmlWriter} writes what flexmark's
 * HtmlRenderer writes (or leaves it to flexmark). The input mixes Markdown constructs, hostile
 * links and entities with raw fuzz bytes. Fuzz for real with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=AstHtmlWriterFuzzTest}.
 */
class AstHtmlWriterFuzzTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static final String[] PIECES = {"> ", "- ", "* ", "1. ", "3) ", "  ", "    ", "\t",
      "\n", "\n\n", "*", "**", "_", "~~", "~", "`", "```js\n", "```\n", "[", "]", "(", ")",
      "](", "![", "<", ">", "<!--", "-->", "<b>", "</p>", "\\", "\\*", "a", "a ", " a", "Ñandú",
      "# ", "## ", "---\n", "***", "=\n", "| a | b |\n|:-:|--:|\n", "| 1 | 2 |\n", "|",
      "[a]: /u\n", "[a]", "&amp;", "&#32;", "&#106;", "&Tab;", "&quot;", "&copy;", "&#0;",
      "https://example.org/a?b=1&c=2", "www.x.org", "a@b.cl", "<https://a.b>", "<mailto:x@y>",
      "javascript:alert(1)", "JaVaScRiPt:", "java\tscript:", "data:text/html,x", "vbscript:",
      "[x](javascript:alert(1))", "[x](&#106;avascript:1 \"t\")", "![i](/p.png 'T')",
      "[l](<a b> \"t\")", "\u00a0", "\u2003", "\r\n", "\u0000", "\ufffe", "\"", "'"};

  @FuzzTest(maxDuration = "15s")
  void fastWriterEqualsFlexmark(FuzzedDataProvider data) {
    StringBuilder markdown = new StringBuilder();
    int parts = data.consumeInt(0, 40);
    for (int i = 0; i < parts; i++) {
      if (data.consumeBoolean()) {
        markdown.append(data.pickValue(PIECES));
      } else {
        markdown.append(data.consumeString(8));
      }
    }
    markdown.append(data.consumeRemainingAsString());
    String source = markdown.toString();
    String expected;
    try {
      expected = RENDERER.renderWithFlexmark(source);
    } catch (MarkdownLimitException e) {
      return; // refused, by either path
    }
    assertThat(RENDERER.renderNew(source)).as(source).isEqualTo(expected);
  }
}
