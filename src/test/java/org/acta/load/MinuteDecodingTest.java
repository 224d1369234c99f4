package org.acta.load;

import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.MINUTE_MD;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.acta.testing.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.acta.model.Agreement;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** content/minutes/YYYY/YYYY-MM-DD-slug.md: required fields, times, file and folder names. */
class MinuteDecodingTest {
  private static final String FILE = display(MINUTE);

  @TempDir
  Path temp;

  @ParameterizedTest
  @CsvSource({
      "title, a text",
      "date, a date",
      "kind, 'one of ordinary, extraordinary'"})
  void missingRequiredFieldIsReportedAtTheStartOfTheFrontMatter(String key, String expected) {
    var f = ContentFixture.minimal(temp).removeTopLevelKey(MINUTE, key);

    var checked = f.check();

    assertOnlyProblem(checked.problems()).isError().isAt(FILE, 2, 1)
        .messageContains("missing required field '" + key + "'", "(" + expected + ")");
    assertThat(checked.loaded().minutes()).as("a minute missing a required field is left out")
        .isEmpty();
  }

  @Test
  void requiredFieldWithoutValueIsEmpty() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "title: Primera sesión de la Mesa",
        "title:");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 2, 7)
        .messageContains("'title' is empty", "it needs a text");
  }

  @Test
  void requiredFieldWithEmptyQuotedValueIsEmpty() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "title: Primera sesión de la Mesa",
        "title: \"  \"");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 2, 8)
        .messageContains("'title' is empty", "it needs a text");
  }

  @Test
  void requiredKeywordWithNullValueIsEmpty() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary", "kind: ~");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 4, 7)
        .messageContains("'kind' is empty", "one of ordinary, extraordinary");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2018-5-8-sesion.md",
      "2018-05-08.md",
      "2018-05-08-Sesion.md",
      "2018-05-08-sesion--dos.md",
      "2018-05-08_sesion.md",
      "sesion-2018-05-08.md"})
  void badFileNameIsReportedForTheWholeFile(String name) {
    String file = "minutes/2018/" + name;
    var f = ContentFixture.minimal(temp).delete(MINUTE).write(file, MINUTE_MD);

    assertOnlyProblem(f.problems()).isError().isAt(display(file), 0, 0)
        .messageContains("minute files must be named YYYY-MM-DD-slug.md",
            "lowercase letters, digits and hyphens");
  }

  @Test
  void dateDifferentFromFileNameIsAnErrorAtTheDate() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "date: 2018-05-08", "date: 2018-05-09");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 3, 7)
        .messageContains("'date' is 2018-05-09 but the file name says 2018-05-08",
            "rename the file or fix the date");
  }

  @Test
  void minuteInTheWrongYearFolderIsAnError() {
    String file = "minutes/2019/2018-05-08-primera-sesion.md";
    var f = ContentFixture.minimal(temp).delete(MINUTE).write(file, MINUTE_MD);

    assertOnlyProblem(f.problems()).isError().isAt(display(file), 3, 7)
        .messageContains("this minute of 2018-05-08 is in folder '2019'",
            "move it to content/minutes/2018/");
  }

  @Test
  void nonMarkdownFileInMinutesIsAnError() {
    String file = "minutes/2018/notas.txt";
    var f = ContentFixture.minimal(temp).write(file, "notas");

    assertOnlyProblem(f.problems()).isError().isAt(display(file), 0, 0)
        .messageContains("only Markdown minutes (YYYY-MM-DD-slug.md) belong in content/minutes/",
            "content/evidence/");
  }

  @Test
  void minuteOutsideAYearFolderIsAnError() {
    String file = "minutes/2018-06-01-otra.md";
    var f = ContentFixture.minimal(temp).write(file, MINUTE_MD);

    assertOnlyProblem(f.problems()).isError().isAt(display(file), 0, 0)
        .messageContains("minutes must be in a folder per year");
  }

  @Test
  void hiddenFilesInMinutesAreIgnored() {
    var f = ContentFixture.minimal(temp).write("minutes/2018/.DS_Store", "\0\0")
        .write("minutes/.gitkeep", "");

    assertThat(f.problems()).isEmpty();
  }

  @Test
  void attendeeWithoutNameIsAnError() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary\n", """
        kind: ordinary
        attendees:
          members:
            - role: Secretaria
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 7, 7)
        .messageContains("missing required field 'name'");
  }

  @Test
  void unknownAttendeeGroupIsAnErrorWithSuggestion() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary\n", """
        kind: ordinary
        attendees:
          member:
            - name: Ana Pérez
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 6, 3)
        .messageContains("unknown field 'member'", "did you mean 'members'?");
  }

  @Test
  void agreementsWithoutIdAreNumberedByPositionSkippingTakenIds() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary\n", """
        kind: ordinary
        agreements:
          - text: Publicar el acta.
          - text: Convocar a la sociedad civil.
            id: a01
          - text: Enviar el informe.
        """);

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().minutes().get(0).agreements()).extracting(Agreement::id)
        .containsExactly("a02", "a01", "a03");
  }

  @Test
  void duplicateAgreementIdIsAnErrorAtTheSecondIdNamingTheFirst() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary\n", """
        kind: ordinary
        agreements:
          - text: Publicar el acta.
            id: publicar
          - text: Publicar el informe.
            id: publicar
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 9, 9)
        .messageContains("agreement id 'publicar' is also the id of the agreement at line 7",
            "'2018-05-08-primera-sesion/publicar'");
  }

  @Test
  void agreementWithoutTextIsAnError() {
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary\n", """
        kind: ordinary
        agreements:
          - owner: Secretaría Técnica
        """);

    var checked = f.check();

    assertOnlyProblem(checked.problems()).isError().isAt(FILE, 6, 5)
        .messageContains("missing required field 'text'");
    assertThat(checked.loaded().minutes().get(0).agreements()).isEmpty();
  }

  @Test
  void allProblemsOfOneMinuteAreReportedTogether() {
    var f = ContentFixture.minimal(temp).write(MINUTE, """
        ---
        title: [Primera]
        date: 2018-05-09
        kind: regular
        open_to_public: yes
        ---
        Texto.
        """);

    var problems = f.problems();

    assertThat(problems).hasSize(4);
    assertThatProblem(problems.get(0)).isError().isAt(FILE, 2, 8).messageContains("'title'");
    assertThatProblem(problems.get(1)).isError().isAt(FILE, 3, 7).messageContains("'date'");
    assertThatProblem(problems.get(2)).isError().isAt(FILE, 4, 7).messageContains("'kind'");
    assertThatProblem(problems.get(3)).isError().isAt(FILE, 5, 17)
        .messageContains("'open_to_public'");
  }
}
