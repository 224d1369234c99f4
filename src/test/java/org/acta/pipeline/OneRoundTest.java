package org.acta.pipeline;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.INSTITUTIONS;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.acta.diagnostics.Problem;
import org.acta.testing.ContentFixture;
import org.acta.testing.ProblemAssert;
import org.acta.testing.TestDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run reports field errors, cross-file errors and plan and forum rules of everything that
 * loaded, so an editor fixes every mistake in one round; and a file that failed to load is
 * one error, not also the "unknown" or "too few" of everything that counts on it.
 */
class OneRoundTest {
  @TempDir
  Path temp;

  @Test
  void aFieldErrorAndAPlanRuleInOtherFilesAreReportedInOneRun() {
    var f = ContentFixture.minimal(temp)
        .replace(PLAN, "status: closed", "status: implementation")
        .replace(MINUTE, "kind: ordinary", "kind: weekly");

    BuildResult r = f.build();

    assertThat(r.problems().all()).as(ProblemAssert.describe(r.problems().all()))
        .anySatisfy(p -> assertThat(p.isError() && p.position().file().equals(
            f.buildDisplay(MINUTE)) && p.message().contains("'kind'")).isTrue())
        .anySatisfy(p -> assertThat(p.message()).contains("plan '2018-2020' has 1 commitment;",
            "range is 10 to 20"));
    assertThat(r.ok()).isFalse();
  }

  @Test
  void aBuildWithErrorsStillWritesNothing() {
    Path site = temp.resolve("site");
    var f = ContentFixture.minimal(temp).replace(MINUTE, "kind: ordinary", "kind: weekly");

    BuildResult r = new SiteBuilder(new BuildOptions(f.root(), null, site, null,
        TestDates.TODAY)).run();

    assertThat(r.ok()).isFalse();
    assertThat(r.files()).isZero();
    assertThat(site).doesNotExist();
  }

  @Test
  void aMissingEvidenceFileIsReportedWithAFieldErrorAndNothingElse() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "    progress: 100\n", "    progress: 100\n"
            + "    evidence:\n      - title: Informe\n        path: evidence/no-such.pdf\n")
        .replace(MINUTE, "kind: ordinary", "kind: weekly");

    BuildResult r = f.build();

    assertThat(r.problems().all()).filteredOn(Problem::isError).extracting(Problem::message)
        .as(ProblemAssert.describe(r.problems().all()))
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("evidence file 'evidence/no-such.pdf' does "
            + "not exist"))
        .anySatisfy(m -> assertThat(m).contains("'kind'"));
  }

  @Test
  void referencesToInstitutionsOfAListThatFailedToLoadAreNotReportedAgain() {
    var f = ContentFixture.minimal(temp).write(INSTITUTIONS, "institutions: [\n")
        .replace(COMMITMENT, "lead_institution: cplt\n", "lead_institution: cplt\n"
            + "partner_institutions: [segpres]\n");

    ProblemAssert.assertOnlyProblem(f.problems()).isError()
        .isAt(ContentFixture.display(INSTITUTIONS), 2, 1);
  }

  @Test
  void aPlanWhoseCommitmentFailedToLoadIsNotAlsoTooSmall() {
    var f = ContentFixture.minimal(temp)
        .replace(PLAN, "status: closed", "status: implementation")
        .replace(COMMITMENT, "lead_institution: cplt", "lead_institution: [cplt");

    assertOneProblemIn(f, COMMITMENT);
  }

  @Test
  void aYearWhoseMinuteFailedToLoadIsNotAlsoShortOfOpenMeetings() {
    var f = ContentFixture.minimal(temp)
        .replace(ContentFixture.SITE, "open_meetings_per_year: 0", "open_meetings_per_year: 1")
        .replace(MINUTE, "open_to_public: false", "open_to_public: yes please");

    assertOneProblemIn(f, MINUTE);
  }

  @Test
  void aResponseWithAMistakeIsNotAlsoAMissingResponse() {
    String input = "plans/2018-2020/consultation/c001.yaml";
    var f = ContentFixture.minimal(temp).write(input, "date: 2018-06-01\nchannel: web\n"
        + "text: Una propuesta.\nresponse:\n  outcome: rejected\n  reason: Fuera de plazo.\n");

    ProblemAssert.assertOnlyProblem(f.problems()).isError()
        .isAt(ContentFixture.display(input), 5, 12).messageContains("'outcome' must be one of");
  }

  /** A whole build of {@code f} has one problem, in {@code file}. */
  private static void assertOneProblemIn(ContentFixture f, String file) {
    BuildResult r = f.build();
    assertThat(r.problems().all()).as(ProblemAssert.describe(r.problems().all()))
        .singleElement().satisfies(p -> assertThat(p.position().file())
            .isEqualTo(f.buildDisplay(file)));
  }
}
