package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.PLAN;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.acta.testing.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An end must not come before its start: minute times, milestone, commitment, plan dates. */
class DateOrderTest {
  @TempDir
  Path temp;

  @Test
  void minuteEndTimeBeforeStartIsAnErrorAtTheEnd() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nstart: 18:00\nend: \"17:30\"\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 6, 6)
        .messageContains("'end' (17:30) must be after 'start' (18:00)");
  }

  @Test
  void minuteEndTimeEqualToStartIsAnError() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nstart: 18:00\nend: 18:00\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 6, 6)
        .messageContains("'end' (18:00) must be after 'start' (18:00)");
  }

  @Test
  void minuteEndWithoutStartIsFine() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nend: \"07:00\"\n");

    assertThat(f.problems()).isEmpty();
  }

  @Test
  void milestoneEndBeforeStartIsAnErrorAtTheEnd() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "    end: 2019-03-31", "    end: 2018-08-31");

    // The milestone now also starts after it ends, but it is inside the commitment: one error.
    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 14, 10)
        .messageContains("'end' (2018-08-31) is before 'start' (2018-09-01)",
            "must not come before the start");
  }

  @Test
  void milestoneEndingOnItsStartDayIsFine() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "    end: 2019-03-31", "    end: 2018-09-01");

    assertThat(f.problems()).isEmpty();
  }

  @Test
  void commitmentEndBeforeStartIsAnErrorAtTheEnd() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "\nend: 2020-08-31", "\nend: 2018-08-31");

    var problems = f.problems();

    // The milestone (ending 2019-03-31) now also ends after its commitment: a warning.
    assertThat(problems).hasSize(2);
    assertThatProblem(problems.get(0)).isError().isAt(display(COMMITMENT), 4, 6)
        .messageContains("'end' (2018-08-31)", "'start' (2018-09-01)");
    assertThatProblem(problems.get(1)).isWarning().isAt(display(COMMITMENT), 14, 10)
        .messageContains("this milestone ends (2019-03-31) after its commitment (2018-08-31)");
  }

  @Test
  void planEndBeforeStartIsAnErrorAtTheEnd() {
    var f = ContentFixture.minimal(temp).replace(PLAN, "end: 2020-08-31", "end: 2018-08-31");

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 4, 6)
        .messageContains("'end' (2018-08-31)", "'start' (2018-09-01)");
  }

  @Test
  void planEndingOnItsStartDayIsAnError() {
    var f = ContentFixture.minimal(temp).replace(PLAN, "end: 2020-08-31", "end: 2018-09-01");

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 4, 6)
        .messageContains("'end' (2018-09-01) must be after 'start' (2018-09-01)");
  }

  @Test
  void commitmentEndingOnItsStartDayIsAnError() {
    var f = ContentFixture.minimal(temp).write(COMMITMENT, ContentFixture.COMMITMENT_YAML
        .replace("\nend: 2020-08-31", "\nend: 2018-09-01")
        .replace("    end: 2019-03-31", "    end: 2018-09-01"));

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 4, 6)
        .messageContains("'end' (2018-09-01) must be after 'start' (2018-09-01)");
  }

  @Test
  void milestoneStartingBeforeItsCommitmentIsOnlyAWarning() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "    start: 2018-09-01", "    start: 2018-08-01");

    assertOnlyProblem(f.problems()).isWarning().isAt(display(COMMITMENT), 13, 12)
        .messageContains("this milestone starts (2018-08-01) before its commitment (2018-09-01)");
  }

  @Test
  void milestoneEndingAfterItsCommitmentIsOnlyAWarning() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "    end: 2019-03-31", "    end: 2021-03-31");

    assertOnlyProblem(f.problems()).isWarning().isAt(display(COMMITMENT), 14, 10)
        .messageContains("this milestone ends (2021-03-31) after its commitment (2020-08-31)");
  }
}
