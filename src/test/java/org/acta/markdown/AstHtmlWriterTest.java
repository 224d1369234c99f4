package org.acta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential: on every Markdown text the project knows, {@link AstHtmlWriter} writes exactly
 * the bytes flexmark's HtmlRenderer writes, and it really writes the realistic minutes itself.
 */
class AstHtmlWriterTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  /** Every node type the writer knows, and the edges of flexmark's line writer. */
  private static final List<String> CASES = List.of(
      "## A\n\n## A\n\n# A b-c\n\n### A\n\n#\n\n## x ##\n\n# *em* `c` [l](/u) &amp;\n",
      "Setext\n======\n\nOtro\n---\n",
      "para *em* **st** ~~x~~ `c  d` [l](https://x.org \"t\") <https://a.b> www.x.org a@b.cl"
          + " &amp; &copy; \\* x  \nhard\nsoft\\\nhard2",
      "- a\n- b\n\n  c\n- d\n  - e\n  - f\n\n1. x\n2. y\n\n3) z\n\n> q\n> - r\n\n---\n\n***",
      "```js\na<b\n\n  c\n```\n\n    ind\n\n\n    ind2\n\n```\n```\n\n~~~ py x\ny\n~~~\n",
      "| a | b | c |\n|:-:|--:|:--|\n| 1 | 2 | 3 |\n| *x* | [l](/u) | `c` |\n\n| a |\n|---|\n|b|c|\n",
      "| a | b |\n|---|---|\n| 1 ||\n",
      "<div>x</div>\n\nt <b>x</b> <!-- c --> <a\nhref=x>\n\n<!-- block\ncomment -->\n\n<pre>\n\n</pre>\n",
      "a\n&#32;b\n\na  \n&#32;&#32;b\n\na&#32;\nb\n\na&#32;&#32;\n\n&#32;x\n\n&#9;y\n",
      "* a\n\n\n* b\n\n- a\n-\n- [x](<javascript:1>)\n\n- [ ] task\n- [x] done\n",
      "[x](javascript:1 \"t\") [y](&#106;avascript:1) [z](java\tscript:1) [w](<data:x>) [v]()",
      "[a]: /u\n\n[a] [b] ![i](/p \"t\") ![j][a] [c][a] [a][]\n\n[sic] [1] [^1]\n",
      "x <https://a.b?x=1&y=2> https://a.b/c?d=1&amp;e http://x.y/(a) mailto:a@b.c ftp://f.g",
      "- a\n\n  > b\n- c\n\n1. a\n\n   b\n2. c\n\n10. ten\n\n0. zero\n",
      "> a\n>\n> b\n\n> > c\n\n>\n",
      "![Foto del taller](https://example.org/f.jpg) ![x][r] ![](javascript:alert(1))\n\n"
          + "[r]: ../a.png",
      "a\r\nb\r\n\r\n- c\r\n",
      "Hola ${user} <#assign x = 1> [=x] \"q\" 'a' & < >",
      "\u0000\u0001\u007f\ufffe x \u00a0y \u2003z\n\n\u00a0lead\n",
      "*a **b** c* __d__ _e_ ***f*** ~g~ ~~~h~~~",
      "1. a\n   - b\n\n     c\n2. d\n",
      "- \n  a\n- b\n",
      "Tabs\tin\ttext\n\n\tcode\ttab\n",
      "`` a ` b `` ` ` `  x  `",
      "[![i](/i.png)](/l) [a *b* `c`](/u 'T') [<b>](/u) [x](/u \"a&quot;b\")",
      "www.example.org/path?q=1 foo@bar.example.org https://example.org/x.",
      "## Título con acentos y ñ\n\n## Título con acentos y ñ\n\n## título-con-acentos-y-ñ",
      // Escaping in one pass: specials next to line ends, at the start, entities that decode
      // to a line end, to a carriage return or to a special.
      "\"a\" <b> & c\n<d\n&e\n\"f\"\n>", "a&#13;b &#13;&#10;c &#10; d&#13;", "&lt;&amp;&quot;&gt;",
      "x\n&#32;&#32;y &#13;", "<\n\n>\n\n&\n\n\"", "\\<\\>\\&\\\" a\\\nb",
      "");

  @Test
  void handWrittenCasesMatchFlexmark() {
    for (String markdown : CASES) {
      assertSame(markdown);
      // Each block and line alone too: a whole case may go to flexmark for one construct.
      for (String block : markdown.split("\n\n")) {
        assertSame(block);
        for (String line : block.split("\n")) {
          assertSame(line);
        }
      }
    }
    // The existing renderer tests' inputs, hostile links included.
    for (String markdown : List.of("[x](javascript:alert(1))", "[x](JavaScript:alert(1))",
        "[x](&#106;avascript:alert(1))", "[x](&#x6A;avascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](vbscript:msgbox)",
        "<javascript:alert(1)>", "[x]: javascript:alert(1)\n\n[y][x]",
        "[x](java\tscript:alert(1))", "[x](\u0001javascript:alert(1))",
        "[x](&Tab;javascript:alert(1))", "[x](jav&#x09;ascript:alert(1))",
        "![x](javascript:alert(1))", "![x][r]\n\n[r]: &#106;avascript:alert(1)",
        "<data:text/html,x>", "[a](https://example.org) [b](../evidence/x.pdf) "
            + "[c](mailto:a@b.cl) [d](#top)", "| a | b |\n|:---|---:|\n| 1 | 2 |",
        "~~retirado~~\n\n---\n\nfin", "<script>alert(1)</script>\n\n<b onclick=\"x()\">b</b>"
            + " <img src=x onerror=alert(1)>")) {
      assertSame(markdown);
    }
  }

  @Test
  void theWriterWritesCommonConstructsItself() {
    // Guards against a silent fallback: these never need flexmark's renderer.
    assertThat(RENDERER.writesItself(CASES.get(0))).isTrue();
    assertThat(RENDERER.writesItself(CASES.get(3))).isTrue();
    assertThat(RENDERER.writesItself(CASES.get(5))).isTrue();
    assertThat(RENDERER.writesItself("[x](javascript:1) [y](&#106;avascript:1)")).isTrue();
    // And these go to flexmark: a reference link, a line the writer would have to trim.
    assertThat(RENDERER.writesItself("[a]\n\n[a]: /u")).isFalse();
    assertThat(RENDERER.writesItself("a\n&#32;b")).isFalse();
  }

  @Test
  void contentFixturesAndFuzzSeedsMatchFlexmark() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("content", "src/test/resources/fixtures",
        "src/test/resources/org/acta/markdown")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".md") || root.endsWith("markdown"))
            .sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(50);
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertSame(text);
      assertSame(MarkdownThroughput.body(text));
    }
  }

  @Test
  void realisticGeneratedMinutesMatchFlexmarkAndTakeTheFastPath(@TempDir Path dir)
      throws Exception {
    Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "bench/GenerateCorpus.java", "--minutes", "300", "--commitments", "20",
        "--shape", "realistic", "--seed", "7", "--out", dir.resolve("c").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
    assertThat(generator.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(generator.exitValue()).as(Files.readString(dir.resolve("log"))).isZero();
    List<String> bodies = MarkdownThroughput.bodies(dir.resolve("c/minutes"), 1000);
    assertThat(bodies).hasSizeGreaterThanOrEqualTo(300);
    for (String body : bodies) {
      assertThat(RENDERER.writesItself(body)).as(body).isTrue();
      assertSame(body);
    }
  }

  static void assertSame(String markdown) {
    String expected;
    try {
      expected = RENDERER.renderWithFlexmark(markdown);
    } catch (MarkdownLimitException e) {
      return; // refused either way
    }
    assertThat(RENDERER.renderNew(markdown)).as(markdown).isEqualTo(expected);
  }
}
