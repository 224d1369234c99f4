package org.acta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Structure-aware fuzzing for depth: the input is a sequence of Markdown constructs (quote and
 * list prefixes, emphasis, brackets, backticks, HTML openers...) each repeated up to thousands
 * of times, so the fuzzer reaches the deep and long inputs byte-level fuzzing of
 * {@link MarkdownFuzzTest} never does. Whatever it builds is rendered safely or refused by
 * {@link MarkdownLimits}; never a StackOverflowError. Fuzz for real with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=NestedMarkdownFuzzTest}.
 */
class NestedMarkdownFuzzTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static final String[] PIECES = {"> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "  ",
      "    ", "\t", "\n", "\n\n", "*", "**", "_", "__", "~~", "[", "]", "(", ")", "](", "![",
      "`", "``", "<", "<!--", "-->", "<a ", "\\", "a", "a ", " a", "[a]: /u\n", "[a]", "```\n",
      "| a | b |\n|---|---|\n", "#", "&amp;", "http://a.b/", "\u202e", "\u0000"};

  @FuzzTest(maxDuration = "15s")
  void deepOrLongInputsRenderOrAreRefused(FuzzedDataProvider data) {
    StringBuilder markdown = new StringBuilder();
    int parts = data.consumeInt(1, 12);
    for (int i = 0; i < parts && markdown.length() < 200_000; i++) {
      String piece = data.pickValue(PIECES);
      int times = data.consumeInt(1, 3000);
      markdown.append(piece.repeat(times));
    }
    markdown.append(data.consumeRemainingAsString());
    try {
      String html = RENDERER.render(markdown.toString());
      assertThat(Oracle.isClean(html)).as(html).isTrue();
    } catch (MarkdownLimitException refused) {
      assertThat(refused.getMessage()).startsWith("Markdown line ");
    }
  }
}
