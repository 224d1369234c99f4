package org.acta.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.acta.testing.OnStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input class of cmark's pathological suite (test/pathological_tests.py in
 * commonmark/cmark), at cmark's sizes where they fit in a content file (1 MiB): each is
 * rendered or refused with a located error, in bounded time, never a StackOverflowError. The
 * deep ones overflowed flexmark's recursion before MarkdownLimits; "[ (](", "![[]()",
 * backticks and unclosed links ran for minutes.
 */
class PathologicalMarkdownTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static final Duration BOUND = Duration.ofSeconds(15);

  /** cmark's inputs; a pattern when flexmark renders it, null when Acta refuses it. */
  static Stream<Arguments> cmarkSuite() {
    return Stream.of(
        refused("nested strong emph", "*a **a ".repeat(32500) + "b" + " a** a*".repeat(32500)),
        refused("many emph closers with no openers", "a_ ".repeat(32500)),
        refused("many emph openers with no closers", "_a ".repeat(32500)),
        rendered("many link closers with no openers", "a]".repeat(32500), "(a\\]){32500}"),
        refused("many link openers with no closers", "[a".repeat(32500)),
        refused("mismatched openers and closers", "*a_ ".repeat(25000)),
        refused("issue #389", "*a ".repeat(20000) + "_a*_ ".repeat(20000)),
        refused("openers and closers multiple of 3", "a**b" + "c* ".repeat(25000)),
        refused("link openers and emph closers", "[ a_".repeat(25000)),
        refused("pattern [ (]( repeated", "[ (](".repeat(40000)),
        refused("pattern ![[]() repeated", "![[]()".repeat(160000)),
        rendered("hard link/emph case", "**x [a*b**c*](d)",
            "\\*\\*x <a href=\"d\">a<em>b\\*\\*c</em></a>"),
        refused("nested brackets", "[".repeat(25000) + "a" + "]".repeat(25000)),
        refused("nested block quotes", "> ".repeat(25000) + "a"),
        refused("deeply nested lists", IntStream.range(0, 500)
            .mapToObj(x -> "  ".repeat(x) + "* a\n").reduce("", String::concat)),
        rendered("U+0000 in input", "abc\u0000de\u0000", "abc\ufffd?de\ufffd?"),
        refused("backticks", backticks(1400)),
        refused("unclosed links A", "[a](<b".repeat(30000)),
        refused("unclosed links B", "[a](b".repeat(30000)),
        rendered("unclosed <!--", "</" + "<!--".repeat(100000), "&lt;/(&lt;!--){100000}"),
        refused("empty lines in deeply nested lists", "- ".repeat(30000) + "x"
            + "\n".repeat(30000)),
        refused("empty lines in deeply nested lists in blockquote", "> " + "- ".repeat(30000)
            + "x\n" + ">\n".repeat(30000)),
        refused("emph in deep blockquote", ">".repeat(100000) + "a*".repeat(100000)),
        rendered("reference collisions", references(6000), "(<p><a href=\"/url\">x0</a></p>\n"
            + "){6000}"),
        // flexmark's link expressions, replaced by LinkSyntax: exponential in the escapes
        // after an unclosed '[', and one level of recursion per character of a label or title.
        rendered("backslashes after an unclosed label (Jazzer)", "[\u03c0" + "\\".repeat(56),
            "\\[\u03c0(\\\\){28}"),
        rendered("escapes after unclosed labels", ("[a" + "\\*x".repeat(20) + "\n\n").repeat(100),
            "\\[a(\\*x){20}"),
        rendered("escapes in a closed label", "[a" + "\\\\x".repeat(300) + "]",
            "\\[a(\\\\x){300}\\]"),
        rendered("an unclosed label in a long paragraph", "[a" + "y ".repeat(50000),
            "<p>\\[a(y ){3}"),
        rendered("a long link title", "[a](b \"" + "y ".repeat(50000) + "\")",
            "<a href=\"b\" title=\"(y ){3}"),
        rendered("an unclosed link title", "[a](b \"" + "y ".repeat(50000),
            "\\[a\\]\\(b &quot;(y ){3}"),
        rendered("an address of 100,000 domain labels", "<a@" + "b.".repeat(100000) + "c>",
            "<a href=\"mailto:a@(b\\.){100}"),
        rendered("a long destination in angle brackets", "[a](<" + "y".repeat(100000) + ">)",
            "<a href=\"y{1000}"),
        // Quadratic in flexmark until Acta replaced the part (times before, 200 KB or 50 KB):
        // Matcher.toMatchResult copying the paragraph per match (55 s, 61 s), the heading
        // parser joining the paragraph on every line (128 s, 125 s), the autolink extension's
        // unescaping (10 s for 100,000 escapes).
        rendered("inline HTML tags", "a<b>".repeat(50000), "(a&lt;b&gt;){1000}"),
        rendered("reference definitions", "[a]: b\n".repeat(28000) + "[a]",
            "<p><a href=\"b\">a</a></p>"),
        rendered("a block quote of lines starting with a digit", "> 1a\n".repeat(10000),
            "<blockquote>\n<p>(1a\n){1000}"),
        rendered("a list item of lines starting with a digit", "- x\n" + "  1a\n".repeat(10000),
            "<li>x\n(1a\n){1000}"),
        rendered("escapes and an address", "a@b.cl " + "\\*".repeat(200000), "(\\*){1000}"),
        refused("a table of 20,000 columns", "|" + " a |".repeat(20000) + "\n|"
            + "---|".repeat(20000)),
        refused("nested inlines (cmark only)", "*".repeat(20000) + "a" + "*".repeat(20000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cmarkSuite")
  void isRenderedOrRefusedInBoundedTime(String name, String markdown, Pattern expected) {
    AtomicReference<String> html = new AtomicReference<>();
    AtomicReference<MarkdownLimitException> refusal = new AtomicReference<>();
    assertTimeoutPreemptively(BOUND, () -> {
      try {
        html.set(RENDERER.render(markdown));
      } catch (MarkdownLimitException e) {
        refusal.set(e);
      }
    });
    if (expected == null) {
      assertThat(refusal.get()).as(name + " is refused").isNotNull();
      assertThat(refusal.get().getMessage()).matches("Markdown line [0-9]+, column [0-9]+: .*");
    } else {
      assertThat(refusal.get()).as(name + " is rendered").isNull();
      assertThat(expected.matcher(html.get()).find()).as(name).isTrue();
    }
  }

  @Test
  void refusalsNameTheLineAndColumnWhereTheLimitIsCrossed() {
    String quotes = "Intro\n\n" + "> ".repeat(40) + "deep\n";
    assertThat(MarkdownLimits.check(quotes)).hasValueSatisfying(e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isEqualTo(2 * MarkdownLimits.MAX_BLOCK_DEPTH + 1);
      assertThat(e.message().toString()).contains("nested 33 deep").contains("at most 32");
    });
    String lists = IntStream.range(0, 40).mapToObj(x -> "  ".repeat(x) + "- item\n")
        .reduce("", String::concat);
    assertThat(MarkdownLimits.check(lists)).hasValueSatisfying(e -> assertThat(e.line())
        .isEqualTo(MarkdownLimits.MAX_BLOCK_DEPTH + 1));
    assertThatThrownBy(() -> RENDERER.render("a\n\n" + "*".repeat(2000) + "b"
        + "*".repeat(2000))).isInstanceOf(MarkdownLimitException.class)
        .hasMessageStartingWith("Markdown line 3, column 1: emphasis markers");
  }

  @Test
  void tablesAreRefusedAtTheirDelimiterRowBeyondTheColumnLimit() {
    int max = MarkdownLimits.MAX_TABLE_COLUMNS;
    assertThat(MarkdownLimits.check("| a |\n" + "|---".repeat(max) + "|\n")).isEmpty();
    assertThat(MarkdownLimits.check("Intro\n\n| a |\n " + "| :--: ".repeat(max + 1)))
        .hasValueSatisfying(e -> {
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isEqualTo(2);
          assertThat(e.message().toString()).contains("has 129 columns").contains("at most 128");
        });
    // Not delimiter rows: text, a thematic break, dashes without a pipe.
    assertThat(MarkdownLimits.check("a-|-".repeat(2 * max))).isEmpty();
    assertThat(MarkdownLimits.check("- ".repeat(2) + "-\n" + "-- ".repeat(2 * max))).isEmpty();
  }

  /** Everything the limits let through renders even on half of Java's default stack. */
  @Test
  void textAtTheLimitsRendersOnA512KiBStack() throws Exception {
    int max = MarkdownLimits.MAX_INLINE_DEPTH;
    String inline = "[".repeat(max) + "(".repeat(max) + "*".repeat(max) + "deep"
        + "*".repeat(max) + ")".repeat(max) + "]".repeat(max);
    String quotesAndLists = "> - ".repeat(MarkdownLimits.MAX_BLOCK_DEPTH / 2) + inline;
    String lists = IntStream.range(0, MarkdownLimits.MAX_BLOCK_DEPTH)
        .mapToObj(x -> "  ".repeat(x) + "1. " + inline + "\n").reduce("", String::concat);
    // Labels, titles and destinations of any length: flexmark's expressions for them recursed
    // once per character (a 990-character label overflowed this stack), LinkSyntax loops.
    String longLinks = "[a" + "y ".repeat(5000) + "\n\n[a](b \"" + "y ".repeat(5000)
        + "\")\n\n[a](<" + "y".repeat(10000) + ">)\n\n<a@" + "b.".repeat(5000)
        + "c>\n\n[deep]\n";
    int columns = MarkdownLimits.MAX_TABLE_COLUMNS;
    String wideTable = "|" + " a |".repeat(columns) + "\n|" + ":-:|".repeat(columns) + "\n|"
        + " b |".repeat(10 * columns) + "\n\ndeep\n";
    for (String markdown : new String[] {quotesAndLists, lists, longLinks, wideTable}) {
      assertThat(MarkdownLimits.check(markdown)).isEmpty();
      assertThat(OnStack.call(512 * 1024, () -> RENDERER.render(markdown))).contains("deep");
    }
  }

  @Test
  void ordinaryMarkdownIsNotRefused() {
    String minute = """
        # Acta

        > Cita con **negrita**, _cursiva_ y ~~tachado~~ [enlace](https://example.org/a_(b)).

        1. Punto uno
           - sub *punto* con `código **` y snake_case_name
             - más (hondo)
        2. Punto dos :( ; [1] [2]

        | a | b |
        |---|---|
        | **x** | *y* |

        ```
        [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ ((((((((((((((((((((((((((((((((((
        > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > >
        ```
        ***
        """;
    assertThat(MarkdownLimits.check(minute)).isEmpty();
  }

  private static Arguments refused(String name, String markdown) {
    return Arguments.of(name, markdown, null);
  }

  private static Arguments rendered(String name, String markdown, String pattern) {
    return Arguments.of(name, markdown, Pattern.compile(pattern));
  }

  private static String backticks(int runs) {
    StringBuilder b = new StringBuilder();
    for (int x = 1; x < runs; x++) {
      b.append('e').append("`".repeat(x));
    }
    return b.toString();
  }

  /** cmark's hash-collision case needs its hash; the input class is many definitions. */
  private static String references(int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      b.append("[x").append(i).append("]: /url\n\n[x0]\n\n");
    }
    return b.append("[x0]: /url\n").toString();
  }
}
