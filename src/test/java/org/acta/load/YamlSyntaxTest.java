package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.SITE;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.acta.testing.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.acta.diagnostics.Problem;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed YAML, several documents, duplicate and unknown keys. */
class YamlSyntaxTest {
  @TempDir
  Path temp;

  @Test
  void badIndentationIsReportedWhereItHappens() {
    var f = ContentFixture.minimal(temp).write(SITE, """
        title: Gobierno Abierto de Prueba
        country: Chile
        forum:
          name: Mesa de Gobierno Abierto
         acronym: MGA
        """);

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 5, 2)
        .messageContains("is not valid YAML", "Check the indentation");
  }

  @Test
  void badIndentationInsideFrontMatterUsesTheFileLine() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\n  extra: valor\n");

    // "  extra: valor" is file line 5; the ':' that cannot be there is column 8.
    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 5, 8)
        .messageContains("is not valid YAML", "mapping values are not allowed here");
  }

  @Test
  void textWithColonSpaceMustBeQuoted() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "title: Gobierno Abierto de Prueba", "title: Gobierno: Abierto");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 1, 16)
        .messageContains("is not valid YAML", "quote text that contains ': '");
  }

  @Test
  void tabIndentationIsAnError() {
    var f = ContentFixture.minimal(temp).write(SITE, """
        title: Gobierno Abierto de Prueba
        country: Chile
        forum:
        \tname: Mesa de Gobierno Abierto
        """);

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 4, 1)
        .messageContains("is not valid YAML", "TAB");
  }

  @Test
  void unclosedQuoteIsReportedWhereTheQuoteOpens() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "country: Chile", "country: \"Chile");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 2, 10)
        .messageContains("is not valid YAML", "quoted scalar");
  }

  @Test
  void unclosedQuoteIsAnError() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "country: Chile", "country: \"Chile");

    var problems = f.problems();

    assertThat(problems).hasSize(1);
    assertThatProblem(problems.get(0)).isError()
        .messageContains("is not valid YAML", "while scanning a quoted scalar");
    assertThat(problems.get(0).position().file()).isEqualTo(display(SITE));
  }

  @Test
  // The fixture's site.yaml has 6 lines, so the second document starts on line 7.
  void severalDocumentsInOneFileAreAnErrorAtTheSecondDocument() {
    var f = ContentFixture.minimal(temp).write(SITE, ContentFixture.SITE_YAML + """
        ---
        title: Otro sitio
        """);

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 7, 1)
        .messageContains("is not valid YAML", "expected a single document");
  }

  @Test
  void emptyYamlFileIsAnError() {
    var f = ContentFixture.minimal(temp).write(SITE, "");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 1, 1)
        .messageContains("is empty", "YAML fields (key: value)");
  }

  @Test
  void yamlFileThatIsAListIsAnError() {
    var f = ContentFixture.minimal(temp).write(SITE, "- title: A\n- country: Chile\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 1, 1)
        .messageContains("must be a set of fields (key: value)", "it is a list");
  }

  @Test
  void duplicateKeyIsReportedAtTheSecondOccurrenceNamingTheFirstLine() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\ntitle: Otra sesión\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 5, 1)
        .messageContains("'title' appears twice", "first on line 2", "keep only one");
  }

  @Test
  void firstOfTwoDuplicateKeysIsTheOneUsed() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\ntitle: Otra sesión\n");

    assertThat(f.check().loaded().minutes()).singleElement()
        .satisfies(m -> assertThat(m.title().value()).isEqualTo("Primera sesión de la Mesa"));
  }

  @Test
  void duplicateKeyInANestedBlockIsReportedAtItsLine() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "    progress: 100\n", "    progress: 100\n    status: completed\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 17, 5)
        .messageContains("'status' appears twice", "first on line 15");
  }

  @Test
  void unknownKeyIsAnErrorWithADidYouMeanSuggestion() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "title: Primera", "tittle: Primera");

    // The misspelt key is unknown, and so 'title' is missing: both at line 2, column 1.
    assertThat(f.problems()).extracting(p -> p.position().line(), p -> p.position().column(),
            Problem::isError)
        .containsExactly(tuple(2, 1, true), tuple(2, 1, true));
    assertThatProblem(f.problems().get(0)).isAt(display(MINUTE), 2, 1)
        .messageContains("missing required field 'title'");
    assertThatProblem(f.problems().get(1)).isAt(display(MINUTE), 2, 1)
        .messageContains("unknown field 'tittle'", "did you mean 'title'?",
            "Known fields here:", "open_to_public");
  }

  @Test
  void unknownKeyInANestedBlockSuggestsTheNestedKey() {
    var f = ContentFixture.minimal(temp).write(SITE, """
        title: Gobierno Abierto de Prueba
        country: Chile
        forum:
          name: Mesa de Gobierno Abierto
          acronim: MGA
        """);

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 5, 3)
        .messageContains("unknown field 'acronim'", "did you mean 'acronym'?");
  }

  @Test
  void unknownKeyFarFromAnyKnownKeyHasNoSuggestion() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "country: Chile\n", "country: Chile\nzzz: 1\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 3, 1)
        .messageContains("unknown field 'zzz'", "Known fields here:")
        .messageDoesNotContain("did you mean");
  }

  @Test
  void keyThatIsNotAPlainNameIsAnError() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "country: Chile\n", "country: Chile\n? [a, b]\n: valor\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 3, 3)
        .messageContains("keys must be plain names", "list");
  }
}
