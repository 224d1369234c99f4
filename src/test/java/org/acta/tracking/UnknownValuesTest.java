package org.acta.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.CompletionLevel;
import org.acta.model.Evidence;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.Progress;
import org.acta.model.Stated;
import org.acta.model.Text;
import org.acta.model.SiteConfig;
import org.acta.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: figures computed from what a real plan states, and saying what is missing. Shaped
 * like a published tracker: milestones with a month or a year as deadline, or none; no
 * percentages; completed milestones whose evidence is only described in the update's text.
 */
class UnknownValuesTest {
  static final Evidence REPORT = new Evidence(new Text("Informe"), "https://example.org/i",
      null, null, null, Models.AT);

  static Milestone m(MilestoneStatus status, Integer progress, String end) {
    return Models.milestone("m", status, progress, null, end, null, List.of(), false);
  }

  @Test
  void aMilestoneWithoutAFigureIsNotReportedNeverZero() {
    Commitment c = Models.commitment("c", null, List.of(),
        m(MilestoneStatus.IN_PROGRESS, null, "2024"),
        m(MilestoneStatus.IN_PROGRESS, 60, "2024"),
        m(null, null, null));

    Progress p = c.progress();
    assertThat(p.percent()).as("the average of what is reported").isEqualTo(60);
    assertThat(p.reported()).isEqualTo(1);
    assertThat(p.notReported()).isEqualTo(2);
    assertThat(Rules.completion(c)).isEqualTo(Stated.of(CompletionLevel.SUBSTANTIAL));
  }

  @Test
  void inProgressWithoutAnyFigureHasNoCompletionLevelRatherThanNotStarted() {
    Commitment c = Models.commitment("c", null, List.of(),
        m(MilestoneStatus.IN_PROGRESS, null, "2024"));

    assertThat(c.progress().known()).isFalse();
    assertThat(Rules.completion(c).known()).isFalse();
    assertThat(Rules.status(c, LocalDate.of(2023, 6, 1))).isEqualTo(CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void noStatusAnywhereIsNotReported() {
    Commitment c = Models.commitment("c", null, List.of(), m(null, null, "2022-12"));

    assertThat(Rules.status(c, LocalDate.of(2025, 1, 1)))
        .as("unknown status is never judged overdue").isEqualTo(CommitmentStatus.NOT_REPORTED);
  }

  @Test
  void overdueIsJudgedAtTheEndOfTheStatedPeriod() {
    Milestone december = m(MilestoneStatus.IN_PROGRESS, 50, "2022-12");
    assertThat(december.isOverdue(LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(december.isOverdue(LocalDate.of(2023, 1, 1))).isTrue();

    Milestone year = m(MilestoneStatus.IN_PROGRESS, 50, "2024");
    assertThat(year.isOverdue(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(year.isOverdue(LocalDate.of(2025, 1, 1))).isTrue();

    assertThat(m(MilestoneStatus.IN_PROGRESS, 50, null).isOverdue(LocalDate.of(2099, 1, 1)))
        .as("no end date: never overdue").isFalse();
  }

  @Test
  void completedWithoutAnyEvidenceListIsNotItemisedNotNoEvidence() {
    Milestone notItemised = m(MilestoneStatus.COMPLETED, null, "2022-12");
    Milestone emptyList = Models.milestone("m", MilestoneStatus.COMPLETED, null, null, "2022-12",
        null, List.of(), true);

    assertThat(notItemised.evidenceNotItemised()).isTrue();
    assertThat(notItemised.isCompletedWithoutEvidence()).isFalse();
    assertThat(Rules.completion(Models.commitment("c", null, List.of(), notItemised)))
        .isEqualTo(Stated.of(CompletionLevel.COMPLETE));
    assertThat(emptyList.isCompletedWithoutEvidence()).isTrue();
    assertThat(Rules.completion(Models.commitment("c", null, List.of(), emptyList)))
        .isEqualTo(Stated.of(CompletionLevel.NO_EVIDENCE));
  }

  @Test
  void theNewestUpdateStatingAStatusIsTheCurrentOne() {
    Milestone withUpdates = Models.milestone("m", MilestoneStatus.NOT_STARTED, null, null,
        "2022-12", null, List.of(), false,
        Models.update("2023-07", null, null, REPORT),
        Models.update("2023-01-15", MilestoneStatus.COMPLETED, null),
        Models.update("2022-07", MilestoneStatus.IN_PROGRESS, 40));

    assertThat(withUpdates.status()).isEqualTo(Stated.of(MilestoneStatus.COMPLETED));
    assertThat(withUpdates.progress()).isEqualTo(Stated.of(100));
    assertThat(withUpdates.hasEvidence()).as("evidence of updates counts").isTrue();
    assertThat(withUpdates.statusHistory()).extracting(u -> u.status().value())
        .containsExactly(MilestoneStatus.IN_PROGRESS, MilestoneStatus.COMPLETED);
    assertThat(Rules.completedOn(withUpdates)).contains(LocalDate.of(2023, 1, 15));
  }

  @Test
  void burnUpSkipsUndatedMilestonesAndSaysHowMany() {
    Milestone dated = Models.milestone("a", MilestoneStatus.COMPLETED, null, null, "2022-12",
        "2022-11-30", List.of(), false);
    Milestone undatedDone = m(MilestoneStatus.COMPLETED, null, null);
    Milestone undatedOpen = m(MilestoneStatus.IN_PROGRESS, null, null);
    ActionPlan plan = Models.plan("2022-09", "2024",
        Models.commitment("c", null, List.of(), dated, undatedDone, undatedOpen));

    BurnUp b = BurnUp.of(plan, LocalDate.of(2023, 6, 30));

    assertThat(b.points()).hasSize(28);
    assertThat(b.undatedPlanned()).isEqualTo(2);
    assertThat(b.undatedDone()).isEqualTo(1);
    assertThat(b.points().get(b.points().size() - 1).planned()).isEqualTo(1);
    assertThat(b.points().get(3).done()).as("December 2022").isEqualTo(1);
  }

  @Test
  void dashboardSaysWhatItCannotJudge() {
    Commitment reported = Models.commitment("a", null, List.of(),
        m(MilestoneStatus.IN_PROGRESS, 20, "2023-03"));
    Commitment silent = Models.commitment("b", null, List.of(), m(null, null, null));
    ActionPlan plan = Models.plan("2022-09", "2024", reported, silent);

    PlanDashboard d = PlanDashboard.of(plan, LocalDate.of(2023, 6, 30),
        SiteConfig.Quality.DEFAULT);

    assertThat(d.progress().percent()).isEqualTo(20);
    assertThat(d.progress().notReported()).isEqualTo(1);
    assertThat(d.milestonesWithoutStatus()).isEqualTo(1);
    assertThat(d.openWithoutEnd()).isEqualTo(1);
    assertThat(d.overdue()).hasSize(1);
    assertThat(d.commitmentsByStatus().get(CommitmentStatus.NOT_REPORTED)).isEqualTo(1);
  }

  @Test
  void aCommitmentWithoutMilestonesTakesItsOwnNewestUpdate() {
    Commitment c = Models.commitment("c", null,
        List.of(Models.update("2023-07", MilestoneStatus.IN_PROGRESS, 35)));

    assertThat(c.progress().percent()).isEqualTo(35);
    assertThat(Rules.status(c, LocalDate.of(2023, 8, 1))).isEqualTo(CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void newslettersTakeProgressFromTheUpdatesDatedUpToTheDay() {
    Milestone reported = Models.milestone("m", null, null, null, "2019-12", null, List.of(),
        false, Models.update("2019-07", MilestoneStatus.COMPLETED, null),
        Models.update("2019-01-15", MilestoneStatus.IN_PROGRESS, 80));
    Commitment c = Models.commitment("c", null, List.of(), reported, m(null, null, null));

    assertThat(NewsletterSections.progressAt(c, LocalDate.of(2018, 12, 31)).known()).isFalse();
    assertThat(NewsletterSections.progressAt(c, LocalDate.of(2019, 3, 31)).percent())
        .isEqualTo(80);
    assertThat(NewsletterSections.progressAt(c, LocalDate.of(2019, 7, 30)).percent())
        .as("an update of July counts once July is over").isEqualTo(80);
    Progress end = NewsletterSections.progressAt(c, LocalDate.of(2019, 7, 31));
    assertThat(end.percent()).isEqualTo(100);
    assertThat(end.notReported()).isEqualTo(1);
  }
}
