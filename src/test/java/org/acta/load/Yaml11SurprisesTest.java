package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.PLAN;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that YAML 1.1 would silently turn into something else (booleans, sexagesimal numbers,
 * floats) are read by the schema, as the text that was written.
 */
class Yaml11SurprisesTest {
  @TempDir
  Path temp;

  @Test
  void milestoneStatusNoIsAnInvalidStatusNotABoolean() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "status: completed", "status: no");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 15, 13)
        .messageContains("'status' must be one of not-started, in-progress, completed, delayed, "
            + "cancelled", "got \"no\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "off", "y", "n"})
  void openToPublicRejectsYesNoOnOff(String value) {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "open_to_public: false", "open_to_public: " + value);

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 5, 17)
        .messageContains("'open_to_public' must be true or false", "got \"" + value + "\"");
  }

  @Test
  void openToPublicTrueIsAccepted() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "open_to_public: false", "open_to_public: true");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().minutes().get(0).openToPublic()).isTrue();
  }

  @Test
  void unquotedTimeIsReadAsTheTimeNotASexagesimalNumber() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nstart: 18:00\nend: 19:30\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().minutes()).singleElement().satisfies(m -> {
      assertThat(m.start()).isEqualTo(LocalTime.of(18, 0));
      assertThat(m.end()).isEqualTo(LocalTime.of(19, 30));
    });
  }

  @Test
  void quotedTimeIsReadTheSameWay() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nstart: \"09:05\"\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().minutes().get(0).start()).isEqualTo(LocalTime.of(9, 5));
  }

  @Test
  void timeAsMinutesNumberIsRejected() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nstart: 1080\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 5, 8)
        .messageContains("'start' must be a 24-hour time HH:MM", "got \"1080\"");
  }

  @Test
  void timeOutOfRangeIsRejected() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nstart: \"24:00\"\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 5, 8)
        .messageContains("'start' must be a 24-hour time HH:MM", "got \"24:00\"");
  }

  @Test
  void impossibleCalendarDateIsAnError() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "start: 2018-09-01\nend", "start: 2018-02-30\nend");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 3, 8)
        .messageContains("'start' is not a real calendar date", "\"2018-02-30\"");
  }

  @Test
  void impossibleMinuteDateIsAnErrorAndNothingElse() {
    var f = ContentFixture.minimal(temp).delete(MINUTE)
        .write("minutes/2018/2018-02-30-sesion.md",
            ContentFixture.MINUTE_MD.replace("date: 2018-05-08", "date: 2018-02-30"));

    assertOnlyProblem(f.problems()).isError()
        .isAt(display("minutes/2018/2018-02-30-sesion.md"), 3, 7)
        .messageContains("'date' is not a real calendar date", "\"2018-02-30\"");
  }

  @Test
  void dayMonthYearDateIsAWrongFormat() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "date: 2018-05-08", "date: 08.05.2018");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 3, 7)
        .messageContains("'date' must be a date written YYYY-MM-DD", "got \"08.05.2018\"");
  }

  @Test
  void dateWithTimeIsAWrongFormat() {
    var f = ContentFixture.minimal(temp)
        .replace(PLAN, "start: 2018-09-01", "start: 2018-09-01T10:00:00Z");

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 3, 8)
        .messageContains("must be a date written YYYY-MM-DD", "2018-09-01T10:00:00Z");
  }

  @Test
  void quotedDateIsAccepted() {
    var f = ContentFixture.minimal(temp)
        .replace(PLAN, "start: 2018-09-01", "start: \"2018-09-01\"");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans().get(0).start().first())
        .isEqualTo(LocalDate.of(2018, 9, 1));
  }

  @Test
  void progressAboveOneHundredIsOutOfRange() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "progress: 100", "progress: 150");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 16, 15)
        .messageContains("'progress' must be from 0 to 100", "got 150");
  }

  @Test
  void negativeProgressIsOutOfRange() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "status: completed\n    progress: 100",
            "status: in-progress\n    progress: -5");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 16, 15)
        .messageContains("'progress' must be from 0 to 100", "got -5");
  }

  @Test
  void progressThatIsNotANumberIsAnError() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "progress: 100", "progress: abc");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 16, 15)
        .messageContains("'progress' must be a whole number from 0 to 100", "got \"abc\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x64", "1e2", "100%", "1_00"})
  void progressInOtherNumberNotationsIsAnError(String value) {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "progress: 100", "progress: " + value);

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 16, 15)
        .messageContains("'progress' must be a whole number from 0 to 100",
            "got \"" + value + "\"");
  }

  @Test
  void fractionalPlanNumberIsAnError() {
    var f = ContentFixture.minimal(temp).replace(PLAN, "number: 4", "number: 4.5");

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 1, 9)
        .messageContains("'number' must be a whole number from 1 to 99", "got \"4.5\"");
  }

  @Test
  void planNumberZeroIsOutOfRange() {
    var f = ContentFixture.minimal(temp).replace(PLAN, "number: 4", "number: 0");

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 1, 9)
        .messageContains("'number' must be from 1 to 99", "got 0");
  }

  @Test
  void numberWhereTextIsExpectedIsKeptAsWritten() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "title: Primera sesión de la Mesa", "title: 1.10");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().minutes().get(0).title().value()).isEqualTo("1.10");
  }

  @Test
  void noAsAnInstitutionIdIsTheTextNo() {
    // 'no' is also the ISO code of Norway: it is an id here, not false.
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "lead_institution: cplt", "lead_institution: no");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 2, 19)
        .messageContains("unknown institution 'no'");
  }
}
