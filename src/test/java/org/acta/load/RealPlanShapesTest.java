package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.INSTITUTIONS;
import static org.acta.testing.ContentFixture.PLAN;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.PartialDate;
import org.acta.model.Ref;
import org.acta.model.Stated;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a commitment written as real plans publish it (co-leads, partial dates, nothing
 * stated beyond the title, half-yearly progress updates with a responsible agency) loads with
 * no error, and what does not fit is reported where it is.
 */
class RealPlanShapesTest {
  /** Milestone 2 states nothing beyond its title; the commitment has a general update. */
  static final String REAL = ContentFixture.TRACKER_COMMITMENT_YAML + """
      problem: not_stated
      updates:
        - date: 2019-07
          period: 2019 S1
          text: Avance general.
      """;

  @TempDir
  Path temp;

  @Test
  void aRealPlansCommitmentLoadsAsItsSourceStatesIt() {
    var checked = ContentFixture.minimal(temp).write(COMMITMENT, REAL).check();

    assertThat(checked.problems()).isEmpty();
    Commitment c = checked.loaded().plans().get(0).commitments().get(0);
    assertThat(c.listTitle().value()).isEqualTo("Gasto público");
    assertThat(c.title().value())
        .isEqualTo("Transparencia del gasto público en todos los niveles de gobierno");
    assertThat(c.leadInstitutions()).extracting(Ref::id).containsExactly("segpres", "cplt");
    assertThat(c.start()).isEqualTo(Stated.of(new PartialDate(2018, 9, 0)));
    assertThat(c.end()).isEqualTo(Stated.of(new PartialDate(2020, 0, 0)));
    assertThat(c.problem().declaredNotStated()).isTrue();
    assertThat(c.solution().known()).isFalse();
    assertThat(c.updates()).singleElement().satisfies(u -> assertThat(u.period())
        .isEqualTo("2019 S1"));

    Milestone first = c.milestones().get(0);
    assertThat(first.responsible().id()).isEqualTo("cplt");
    assertThat(first.updates()).as("newest first").extracting(u -> u.date().iso())
        .containsExactly("2019-07", "2019-01-15");
    assertThat(first.status()).isEqualTo(Stated.of(MilestoneStatus.COMPLETED));
    assertThat(first.evidenceNotItemised()).isTrue();
    Milestone second = c.milestones().get(1);
    assertThat(second.status().known()).isFalse();
    assertThat(second.end().known()).isFalse();
  }

  @Test
  void aSingleLeadAndAListOfCoLeadsTogetherIsAnError() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\nlead_institutions: [segpres]\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 3, 20)
        .messageContains("either 'lead_institution'", "not both");
  }

  @Test
  void anUnknownCoLeadIsReportedWithASuggestion() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institutions: [segpres, cpl]\n");

    assertOnlyProblem(f.problems()).isError()
        .messageContains("unknown institution 'cpl'", "Did you mean 'cplt'?");
  }

  @Test
  void partialDatesAreCheckedAsDates() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "end: 2020-08-31", "end: 2020-13");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 4, 6)
        .messageContains("'end' has no month 13");
  }

  @Test
  void aDateInAnotherFormatSaysWhichOnesAreAccepted() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "end: 2020-08-31",
        "end: December 2022");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 4, 6)
        .messageContains("YYYY-MM-DD, YYYY-MM or YYYY", "December 2022");
  }

  @Test
  void aPlansPeriodMayBeStatedInMonthsOrYears() {
    var checked = ContentFixture.minimal(temp)
        .replace(PLAN, "start: 2018-09-01\nend: 2020-08-31", "start: 2018-09\nend: 2020")
        .check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans().get(0).end().iso()).isEqualTo("2020");
  }

  @Test
  void anInstitutionsParentIsShownAndCyclesAreErrors() {
    var ok = ContentFixture.minimal(temp).replace(INSTITUTIONS,
        "- id: cplt\n    name: Consejo para la Transparencia\n    kind: government\n",
        "- id: cplt\n    name: Consejo para la Transparencia\n    kind: government\n"
            + "    parent: segpres\n").check();
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.loaded().institutions().get(1).parent().id()).isEqualTo("segpres");

    var cycle = ContentFixture.minimal(temp.resolve("cycle")).replace(INSTITUTIONS,
        "- id: segpres\n    name: Ministerio Secretaría General de la Presidencia\n"
            + "    kind: government\n",
        "- id: segpres\n    name: Ministerio Secretaría General de la Presidencia\n"
            + "    kind: government\n    parent: cplt\n")
        .replace(INSTITUTIONS, "    name: Consejo para la Transparencia\n    kind: government\n",
            "    name: Consejo para la Transparencia\n    kind: government\n"
                + "    parent: segpres\n");
    assertOnlyProblem(cycle.problems()).isError()
        .messageContains("is its own parent", "cplt → segpres → cplt");
  }
}
