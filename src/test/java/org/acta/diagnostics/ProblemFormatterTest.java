package org.acta.diagnostics;

import static org.acta.testing.ContentFixture.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ProblemFormatter: one header line, then the offending line with a caret under the column. */
class ProblemFormatterTest {
  @TempDir
  Path temp;

  private static Problem error(int line, int column, String lineText) {
    return new Problem(Severity.ERROR, new Position("content/site.yaml", line, column, lineText),
        TestMessages.verbatim("is wrong."));
  }

  /** Index in the snippet line of the character at {@code column}. */
  private static int snippetIndex(String snippetLine, int column) {
    return snippetLine.indexOf(" | ") + 3 + column - 1;
  }

  @Test
  void formatsHeaderSnippetAndCaret() {
    String out = ProblemFormatter.format(error(3, 7, "kind: regular"));

    assertThat(out).isEqualTo("""
        content/site.yaml:3:7: error: is wrong.
          3 | kind: regular
            |       ^
        """);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "1;1;title: x",
      "4;6;  name: Mesa",
      "9;14;title: Sesión: extra",
      "12;2;ab",
      "123;10;0123456789"})
  void caretIsUnderTheColumn(int line, int column, String text) {
    String[] lines = ProblemFormatter.format(error(line, column, text)).split("\n");

    assertThat(lines).hasSize(3);
    int at = snippetIndex(lines[1], column);
    assertThat(lines[1].charAt(at)).isEqualTo(text.charAt(column - 1));
    assertThat(lines[2].indexOf('^')).isEqualTo(at);
    assertThat(lines[2].indexOf('|')).as("the gutters line up").isEqualTo(lines[1].indexOf('|'));
  }

  @Test
  void caretCanPointJustPastTheEndOfTheLine() {
    String[] lines = ProblemFormatter.format(error(2, 7, "title:")).split("\n");

    assertThat(lines[2].indexOf('^')).isEqualTo(snippetIndex(lines[1], 7));
  }

  @Test
  void tabsBeforeTheColumnAreKeptSoTheCaretLinesUp() {
    String text = "\tkey:\tvalue";
    String[] lines = ProblemFormatter.format(error(5, 7, text)).split("\n");

    assertThat(lines[1]).isEqualTo("  5 | \tkey:\tvalue");
    assertThat(lines[2]).isEqualTo("    | \t    \t^");
  }

  @Test
  void warningHasItsLabel() {
    Problem p = new Problem(Severity.WARNING, new Position("content/x.yaml", 2, 3, "a: b"),
        TestMessages.verbatim("looks odd."));

    assertThat(ProblemFormatter.format(p)).startsWith("content/x.yaml:2:3: warning: looks odd.\n");
  }

  @Test
  void problemForAWholeFileHasNoSnippet() {
    Problem p = new Problem(Severity.ERROR, Position.ofFile("content/site.yaml"), TestMessages.verbatim("is missing."));

    assertThat(ProblemFormatter.format(p)).isEqualTo("content/site.yaml: error: is missing.\n");
  }

  @Test
  void problemWithLineButNoColumnHasNoCaret() {
    String out = ProblemFormatter.format(error(4, 0, "forum:"));

    assertThat(out).isEqualTo("content/site.yaml:4: error: is wrong.\n  4 | forum:\n");
  }

  @Test
  void problemOnABlankLineHasNoSnippet() {
    assertThat(ProblemFormatter.format(error(2, 1, "   ")))
        .isEqualTo("content/site.yaml:2:1: error: is wrong.\n");
  }

  @Test
  void listIsFormattedInOrder() {
    Problem a = error(1, 1, "a");
    Problem b = new Problem(Severity.WARNING, Position.ofFile("content/b.yaml"), TestMessages.verbatim("b."));

    assertThat(ProblemFormatter.format(List.of(a, b)))
        .isEqualTo(ProblemFormatter.format(a) + ProblemFormatter.format(b));
  }

  @Test
  void summaryCountsErrorsAndWarningsWithPlurals() {
    Problems problems = new Problems();
    assertThat(ProblemFormatter.summary(problems)).isEqualTo("0 errors, 0 warnings");

    problems.error(Position.ofFile("a"), TestMessages.verbatim("x"));
    problems.warning(Position.ofFile("a"), TestMessages.verbatim("y"));
    assertThat(ProblemFormatter.summary(problems)).isEqualTo("1 error, 1 warning");

    problems.error(Position.ofFile("b"), TestMessages.verbatim("x"));
    problems.warning(Position.ofFile("b"), TestMessages.verbatim("y"));
    assertThat(ProblemFormatter.summary(problems)).isEqualTo("2 errors, 2 warnings");
  }

  @Test
  void caretPointsAtTheRealYamlErrorInAFile() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "title: Gobierno Abierto de Prueba", "title: Sesión: extra");
    List<Problem> problems = f.problems();
    assertThat(problems).hasSize(1);

    String[] lines = ProblemFormatter.format(problems.get(0)).split("\n");

    assertThat(lines[0]).startsWith("content/site.yaml:1:14: error: is not valid YAML");
    assertThat(lines[1]).isEqualTo("  1 | title: Sesión: extra");
    assertThat(lines[1].charAt(lines[2].indexOf('^'))).as("the caret is under the second ':'")
        .isEqualTo(':');
    assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].lastIndexOf(':'));
  }

  @Test
  void caretLinesUpAfterAnEmoji() {
    // SnakeYAML counts columns in code points; an emoji is two UTF-16 chars.
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "title: Gobierno Abierto de Prueba", "title: Mesa \uD83D\uDE00: extra");
    List<Problem> problems = f.problems();
    assertThat(problems).hasSize(1);

    String[] lines = ProblemFormatter.format(problems.get(0)).split("\n");

    assertThat(lines[1]).isEqualTo("  1 | title: Mesa \uD83D\uDE00: extra");
    assertThat(lines[2].indexOf('^')).as("the caret is under the ':' after the emoji")
        .isEqualTo(lines[1].lastIndexOf(':'));
  }

  @Test
  void caretPointsAtTheWrongValueOfAField() {
    var f = ContentFixture.minimal(temp).replace(ContentFixture.COMMITMENT,
        "    status: completed", "    status: done");

    String[] lines = ProblemFormatter.format(f.problems().get(0)).split("\n");

    assertThat(lines[1]).isEqualTo("  15 |     status: done");
    assertThat(lines[2]).isEqualTo("     |             ^");
  }
}
