package org.acta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser with {@link IterativeInlineParser}, {@link HeadingLinesOnly} and
 * {@link FenceLinesOnly} reads every text as flexmark's own does: the same HTML for the example
 * site's Markdown, for link, reference, heading and fence edge cases, and for random texts
 * dense in link, block and fence syntax.
 */
class LinearParserTest {
  private static final MutableDataSet OPTIONS = new MutableDataSet()
      .set(HtmlRenderer.ESCAPE_HTML, true)
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), BareLinks.create(),
          StrikethroughExtension.create(), ImagesAsLinks.create()));
  private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
  private static final Parser ITERATIVE = MarkdownRenderer.linearParser(OPTIONS);
  private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

  private static void assertSameHtml(String markdown) {
    assertThat(HTML.render(ITERATIVE.parse(markdown))).as(markdown)
        .isEqualTo(HTML.render(FLEXMARK.parse(markdown)));
  }

  @Test
  void theExampleSitesMarkdownReadsTheSame() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("content"))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    for (Path file : files) {
      assertSameHtml(Files.readString(file));
    }
  }

  @Test
  void linksAndReferencesReadTheSame() {
    for (String markdown : List.of(
        "[x]: /url\n\n[x]", "[x]: /url \"t\"\n[y]: <a b> 'u'\n\n[x] [y] [z]",
        "[Foo\\]bar]: /u\n\n[Foo\\]bar]", "[a\\]: /u\n\n[a\\]", "[x]:\n/url\n(title)\n\n[x]",
        "[a](b \"t\") [a](<b c>) [a](<b\\>c>) [a](b 't') [a](b (t)) [a](b \"t\\\"\")",
        "[a](b \"t\\\"x) [a](<b) [a](b \"un", "![i](/p.png \"t\") ![i][r]\n\n[r]: ../a.png",
        "[a][b][c] [a][] [a] [[a]] [a\\[b] [a\\]b] \\[a] [`a]`]", "[a <b>]: /u\n\n[a <b>]",
        "| [a](b) | [c][d] |\n|---|---|\n| x | y |\n\n[d]: /e", "[^1] [^1]: x",
        "<a@b.cl> <a@b> <a@-b.cl> <a@b.cl.> <https://x.cl> <x:y> <a@b.cl",
        "[a](b\\)c) [a](b(c)d) [a](<b(c>) [a]( b ) [a](b \"t\" ) [a](\"t\")",
        "<a href=\"x\"> [a]: x\n\n[a]", "[a]\n[a]: /u", "> [a]: /u\n\n[a]")) {
      assertSameHtml(markdown);
    }
  }

  @Test
  void headingsReadTheSame() {
    for (String markdown : List.of(
        "# a\n#a\n####### a\n###### a\n#\ta\n#\n# a #\n  ## b\n    # code",
        "a\n===\nb\n---\nc\n= =\nd\n-- -\ne\n- - -\nf\n===x\ng\n  ---  \n",
        "- a\n  # b\n- c\n  ---\n- d\n# e", "> a\n> ===\n> # b\n> c\n---",
        "1. a\n   b\n   ===\n\n| a |\n|---|\n| b |\n===", "a\n# b\nc\n\\# d",
        "```\n# a\n---\n```\na\n\t===", "a\n\n---\n\n***\n___\n- - -")) {
      assertSameHtml(markdown);
    }
  }

  @Test
  void fencesReadTheSame() {
    for (String markdown : List.of(
        "```\na\n```\n~~~\nb\n~~~", "  ```js\na\n  ```", "    ```\na\n```", "``a``\n```a`b",
        "- ```\n  a\n  ```\n> ~~~~\n> b", "a\n```\nb\n```", "~~\n``\n`` `\n~~~ ~\n```` x",
        "\t```\na", " ~~~\n ~~~~\n~~~", "> ```\n> a\n\nb", "```\n\n", "~~~")) {
      assertSameHtml(markdown);
    }
  }

  @Test
  void randomTextsDenseInFencesReadTheSame() {
    assertSameHtmlOnRandomTexts(17, "\n", "\n", "```", "~~~", "`", "~", "````", " ", "  ",
        "    ", "\t", "- ", "> ", "1. ", "a", "b c", "js", "\\");
  }

  @Test
  void randomTextsDenseInBlockSyntaxReadTheSame() {
    assertSameHtmlOnRandomTexts(13, "\n", "\n", "\n\n", "# ", "#", "## ", "=", "===", "-",
        "---", "- ", "> ", "1. ", "  ", "    ", "\t", "```", "| ", "|---|", "a", "b c", "*",
        "[a]: /u", "<div>", "\\");
  }

  @Test
  void randomTextsDenseInLinkSyntaxReadTheSame() {
    assertSameHtmlOnRandomTexts(10, "[", "]", "(", ")", "<", ">", "\"", "'", "\\", ":", "!",
        "*", " ", "\n", "\n\n", "a", "b", "/u", "| ", "|---|\n", "`", "^", "https://x.cl", "\t",
        "&amp;", "@", "a@b.c", ".", "-");
  }

  /** 50,000 texts of up to 30 of these pieces each. */
  private static void assertSameHtmlOnRandomTexts(long seed, String... pieces) {
    Random random = new Random(seed);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameHtml(text.toString());
    }
  }
}
