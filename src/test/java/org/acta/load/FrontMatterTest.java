package org.acta.load;

import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.acta.diagnostics.Problems;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting a minute into its YAML front matter and its Markdown body. */
class FrontMatterTest {
  private static final String FILE = display(MINUTE);

  @TempDir
  Path temp;

  private static SourceFile source(String text) {
    return new SourceFile(Path.of("2018-05-08-x.md"), "content/minutes/2018/2018-05-08-x.md",
        text);
  }

  // ---- FrontMatter.split directly ----------------------------------------------------------

  @Test
  void splitsYamlAndBodyAndKeepsFileLineNumbers() {
    Problems problems = new Problems();
    String text = "---\ntitle: A\ndate: 2018-05-08\n---\n\n# Acta\nTexto.\n";

    Optional<FrontMatter> fm = FrontMatter.split(source(text), problems);

    assertThat(problems.all()).isEmpty();
    assertThat(fm).hasValueSatisfying(f -> {
      assertThat(f.yaml()).isEqualTo("title: A\ndate: 2018-05-08\n");
      assertThat(f.firstLine()).as("the YAML starts on the line after the opening ---")
          .isEqualTo(2);
      assertThat(f.body()).isEqualTo("\n# Acta\nTexto.\n");
      assertThat(f.bodyLine()).as("the body starts on the line after the closing ---")
          .isEqualTo(5);
      // The body's first line is file line 5, so line 7 of the file is the body's 3rd line.
      assertThat(f.body().lines().toList().get(7 - f.bodyLine())).isEqualTo("Texto.");
    });
  }

  @Test
  void closingFenceOnTheLastLineWithoutNewlineGivesAnEmptyBody() {
    Problems problems = new Problems();

    Optional<FrontMatter> fm = FrontMatter.split(source("---\ntitle: A\n---"), problems);

    assertThat(problems.all()).isEmpty();
    assertThat(fm).hasValueSatisfying(f -> {
      assertThat(f.yaml()).isEqualTo("title: A\n");
      assertThat(f.body()).isEmpty();
      assertThat(f.bodyLine()).isEqualTo(4);
    });
  }

  @Test
  void bodyMayContainMoreDashLinesAfterTheFrontMatter() {
    Problems problems = new Problems();

    Optional<FrontMatter> fm =
        FrontMatter.split(source("---\ntitle: A\n---\nUno\n---\nDos\n"), problems);

    assertThat(problems.all()).isEmpty();
    assertThat(fm).hasValueSatisfying(f -> {
      assertThat(f.yaml()).isEqualTo("title: A\n");
      assertThat(f.body()).isEqualTo("Uno\n---\nDos\n");
      assertThat(f.bodyLine()).isEqualTo(4);
    });
  }

  @Test
  void missingOpeningFenceIsReportedAtLineOneColumnOne() {
    Problems problems = new Problems();

    Optional<FrontMatter> fm = FrontMatter.split(source("title: A\n---\nTexto\n"), problems);

    assertThat(fm).isEmpty();
    assertOnlyProblem(problems.all()).isError()
        .isAt("content/minutes/2018/2018-05-08-x.md", 1, 1)
        .messageContains("must start with a front-matter block", "'---'");
  }

  // ---- through the loader -------------------------------------------------------------------

  @Test
  void minuteWithoutOpeningFenceIsAnError() {
    var f = ContentFixture.minimal(temp).write(MINUTE, """
        title: Primera sesión de la Mesa
        date: 2018-05-08
        kind: ordinary
        open_to_public: false

        Texto.
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 1, 1)
        .messageContains("must start with a front-matter block",
            "a line '---', the YAML fields, and another line '---'");
  }

  @Test
  void blankLineBeforeTheOpeningFenceIsAnError() {
    var f = ContentFixture.minimal(temp).write(MINUTE, "\n" + ContentFixture.MINUTE_MD);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 1, 1)
        .messageContains("must start with a front-matter block");
  }

  @Test
  void unclosedFrontMatterIsReportedWhereItOpens() {
    var f = ContentFixture.minimal(temp).write(MINUTE, """
        ---
        title: Primera sesión de la Mesa
        date: 2018-05-08
        kind: ordinary
        open_to_public: false

        Texto.
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 1, 1)
        .messageContains("never closed", "add a line '---' after the last YAML field");
  }

  @Test
  void emptyFrontMatterIsAnError() {
    var f = ContentFixture.minimal(temp).write(MINUTE, "---\n---\n\nTexto.\n");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 2, 1)
        .messageContains("is empty", "YAML fields (key: value)");
  }

  @Test
  void frontMatterWithOnlyACommentIsEmpty() {
    var f = ContentFixture.minimal(temp).write(MINUTE, "---\n# nada\n---\nTexto.\n");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 2, 1)
        .messageContains("is empty");
  }

  @Test
  void frontMatterThatIsAListIsAnError() {
    var f = ContentFixture.minimal(temp).write(MINUTE, """
        ---
        - title: Primera sesión de la Mesa
        - date: 2018-05-08
        ---
        Texto.
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 2, 1)
        .messageContains("must be a set of fields (key: value)", "it is a list");
  }

  @Test
  void frontMatterThatIsASingleValueIsAnError() {
    var f = ContentFixture.minimal(temp).write(MINUTE, "---\nPrimera sesión\n---\nTexto.\n");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 2, 1)
        .messageContains("must be a set of fields", "single value");
  }

  @Test
  void errorsInsideTheFrontMatterUseFileLineNumbers() {
    // Line 4 of the file is the third line of the YAML text.
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary", "kind: regular");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 4, 7)
        .messageContains("'kind' must be one of ordinary, extraordinary", "\"regular\"");
  }

  @Test
  void bodyIsKeptAfterTheFrontMatter() {
    var f = ContentFixture.minimal(temp).write(MINUTE, ContentFixture.MINUTE_MD
        + "\n---\n\nSegunda parte.\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().minutes()).singleElement()
        .satisfies(m -> assertThat(m.body().source())
            .isEqualTo("\nSe revisan los desafíos del próximo plan.\n\n---\n\nSegunda parte.\n"));
  }
}
