package org.acta.load;

import static org.acta.testing.ContentFixture.PLAN;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.acta.model.KeyDate;
import org.acta.model.PartialDate;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** plans/<plan-id>/plan.yaml. */
class PlanDecodingTest {
  private static final String FILE = display(PLAN);

  @TempDir
  Path temp;

  @ParameterizedTest
  @CsvSource({
      "number, a whole number",
      "title, a text",
      "start, a date",
      "end, a date"})
  void missingRequiredFieldIsReportedAtTheStartOfTheFile(String key, String expected) {
    var checked = ContentFixture.minimal(temp).removeTopLevelKey(PLAN, key).check();

    assertOnlyProblem(checked.problems()).isError().isAt(FILE, 1, 1)
        .messageContains("missing required field '" + key + "'", "(" + expected + ")");
    assertThat(checked.loaded().plans()).as("an incomplete plan is left out").isEmpty();
  }

  @Test
  void commitmentsOfAPlanThatFailedAreStillChecked() {
    var f = ContentFixture.minimal(temp).removeTopLevelKey(PLAN, "number")
        .replace(ContentFixture.COMMITMENT, "lead_institution: cplt", "lead_institution: nadie");

    var problems = f.problems();

    assertThat(problems).extracting(p -> p.position().file())
        .containsExactly(display(ContentFixture.COMMITMENT), FILE);
    assertThat(problems.get(0).message()).contains("unknown institution 'nadie'");
  }

  @Test
  void aPlanMayLeaveItsStatusUnstated() {
    var checked = ContentFixture.minimal(temp).removeTopLevelKey(PLAN, "status").check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans()).singleElement()
        .satisfies(p -> assertThat(p.status()).isNull());
  }

  @Test
  void keyDatesMayBeAMonthOrAYearAsTheSourceWritesThem() {
    var f = ContentFixture.minimal(temp).write(PLAN, ContentFixture.PLAN_YAML + """
        key_dates:
          - date: 2019
            event: Informe anual
          - date: 2018-12
            event: Consulta pública
            reporting: true
        """);

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    var plan = checked.loaded().plans().get(0);
    assertThat(plan.keyDates()).extracting(k -> k.date().iso()).containsExactly("2018-12", "2019");
    // A reporting date written as a month is reviewed as of the month's last day.
    assertThat(plan.reportingDates()).contains(LocalDate.of(2018, 12, 31));
  }

  @Test
  void keyDatesAreSortedByDate() {
    var f = ContentFixture.minimal(temp).write(PLAN, ContentFixture.PLAN_YAML + """
        key_dates:
          - date: 2018-09-01
            event: Inicio de la implementación
          - date: 2018-06-01
            event: Inicio de la consulta pública
        """);

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans().get(0).keyDates()).extracting(KeyDate::date)
        .containsExactly(PartialDate.of(LocalDate.of(2018, 6, 1)),
            PartialDate.of(LocalDate.of(2018, 9, 1)));
  }

  @Test
  void keyDateWithoutEventIsAnError() {
    var f = ContentFixture.minimal(temp).write(PLAN, ContentFixture.PLAN_YAML + """
        key_dates:
          - date: 2018-06-01
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 7, 5)
        .messageContains("missing required field 'event'");
  }

  @Test
  void unknownPlanStatusIsAnError() {
    var f = ContentFixture.minimal(temp).replace(PLAN, "status: closed",
        "status: in-progress");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 5, 9)
        .messageContains("'status' must be one of co-creation, implementation, closed",
            "got \"in-progress\"");
  }
}
