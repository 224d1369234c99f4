package org.acta.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.CompletionLevel;
import org.acta.model.Evidence;
import org.acta.model.Markdown;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.PlanStatus;
import org.acta.model.Ref;
import org.acta.model.SiteConfig;
import org.acta.model.Text;
import org.acta.testing.TestDates;
import org.junit.jupiter.api.Test;

class RulesTest {
  static final Position AT = Position.ofFile("x");
  static final LocalDate AS_OF = TestDates.TODAY;
  static final Evidence PROOF = new Evidence(new Text("Informe"), "https://example.org/i", null,
      LocalDate.of(2019, 5, 2), null, AT);

  static Milestone m(MilestoneStatus status, int progress, String end, Evidence... evidence) {
    LocalDate e = LocalDate.parse(end);
    return new Milestone("1", true, new Text("m-" + status + "-" + end), new Text("d"), e.minusMonths(3), e, null, null, status,
        progress, List.of(evidence), AT);
  }

  static Commitment c(String id, CompletionLevel override, Milestone... milestones) {
    return new Commitment(id, "p", null, new Text("Compromiso " + id), new Ref("inst", AT), List.of(),
        LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), new Markdown("p"), null,
        new Markdown("d"), new Markdown("s"), List.of(), List.of(), List.of(), List.of(),
        List.of(milestones), override, null, AT);
  }

  static Commitment c(Milestone... milestones) {
    return c("c", null, milestones);
  }

  @Test
  void progressIsTheAverageOfMilestonesLeavingOutCancelledOnes() {
    Commitment c = c(m(MilestoneStatus.COMPLETED, 100, "2019-06-30", PROOF),
        m(MilestoneStatus.IN_PROGRESS, 50, "2020-06-30"),
        m(MilestoneStatus.CANCELLED, 10, "2020-06-30"));
    assertThat(c.progress()).isEqualTo(75);
    assertThat(c(m(MilestoneStatus.CANCELLED, 30, "2020-01-01")).progress()).isZero();
  }

  @Test
  void statusFollowsTheDocumentedOrder() {
    assertThat(Rules.status(c(m(MilestoneStatus.CANCELLED, 0, "2019-01-31")), AS_OF))
        .isEqualTo(CommitmentStatus.CANCELLED);
    assertThat(Rules.status(c(m(MilestoneStatus.COMPLETED, 100, "2019-01-31"),
        m(MilestoneStatus.CANCELLED, 0, "2019-01-31")), AS_OF))
        .isEqualTo(CommitmentStatus.COMPLETED);
    assertThat(Rules.status(c(m(MilestoneStatus.IN_PROGRESS, 50, "2020-06-30"),
        m(MilestoneStatus.DELAYED, 10, "2020-06-30")), AS_OF))
        .isEqualTo(CommitmentStatus.DELAYED);
    assertThat(Rules.status(c(m(MilestoneStatus.NOT_STARTED, 0, "2020-06-30")), AS_OF))
        .isEqualTo(CommitmentStatus.NOT_STARTED);
    assertThat(Rules.status(c(m(MilestoneStatus.IN_PROGRESS, 50, "2020-06-30")), AS_OF))
        .isEqualTo(CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void overdueDependsOnTheAsOfDateOnly() {
    Milestone m = m(MilestoneStatus.IN_PROGRESS, 50, "2020-01-14");
    assertThat(m.isOverdue(LocalDate.of(2020, 1, 14))).isFalse();
    assertThat(m.isOverdue(LocalDate.of(2020, 1, 15))).isTrue();
    assertThat(m(MilestoneStatus.COMPLETED, 100, "2019-01-01").isOverdue(AS_OF)).isFalse();
    assertThat(m(MilestoneStatus.CANCELLED, 0, "2019-01-01").isOverdue(AS_OF)).isFalse();
    // A milestone past its end makes the commitment delayed even when marked in progress.
    assertThat(Rules.status(c(m), AS_OF)).isEqualTo(CommitmentStatus.DELAYED);
  }

  @Test
  void completionLevelScale() {
    assertThat(Rules.completion(c(m(MilestoneStatus.NOT_STARTED, 0, "2020-06-30"))))
        .isEqualTo(CompletionLevel.NOT_STARTED);
    assertThat(Rules.completion(c(m(MilestoneStatus.IN_PROGRESS, 49, "2020-06-30"))))
        .isEqualTo(CompletionLevel.LIMITED);
    assertThat(Rules.completion(c(m(MilestoneStatus.IN_PROGRESS, 50, "2020-06-30"))))
        .isEqualTo(CompletionLevel.SUBSTANTIAL);
    assertThat(Rules.completion(c(m(MilestoneStatus.COMPLETED, 100, "2019-06-30", PROOF))))
        .isEqualTo(CompletionLevel.COMPLETE);
  }

  @Test
  void completedWithoutEvidenceIsNoEvidenceAvailable() {
    Commitment c = c(m(MilestoneStatus.COMPLETED, 100, "2019-06-30"),
        m(MilestoneStatus.COMPLETED, 100, "2019-07-30", PROOF));
    assertThat(c.progress()).isEqualTo(100);
    assertThat(Rules.completion(c)).isEqualTo(CompletionLevel.NO_EVIDENCE);
  }

  @Test
  void theForumMayOverrideTheComputedLevel() {
    Commitment c = c("c", CompletionLevel.LIMITED, m(MilestoneStatus.COMPLETED, 100,
        "2019-06-30"));
    assertThat(Rules.completion(c)).isEqualTo(CompletionLevel.LIMITED);
    assertThat(CommitmentSummary.of(c, AS_OF).completionSetByForum()).isTrue();
  }

  @Test
  void nextMilestoneIsTheOpenOneEndingFirst() {
    Milestone later = m(MilestoneStatus.NOT_STARTED, 0, "2020-09-30");
    Milestone sooner = m(MilestoneStatus.IN_PROGRESS, 20, "2020-03-31");
    Commitment c = c(m(MilestoneStatus.COMPLETED, 100, "2019-01-31", PROOF), later, sooner);
    assertThat(Rules.nextMilestone(c)).contains(sooner);
  }

  @Test
  void dashboardCountsOverdueAndDueSoonAsOfTheDate() {
    Commitment a = c("a", null, m(MilestoneStatus.IN_PROGRESS, 50, "2020-01-10"),
        m(MilestoneStatus.NOT_STARTED, 0, "2020-03-31"),
        m(MilestoneStatus.NOT_STARTED, 0, "2020-12-31"));
    Commitment b = c("b", null, m(MilestoneStatus.COMPLETED, 100, "2019-06-30", PROOF));
    ActionPlan plan = new ActionPlan("p", 1, new Text("Plan"), LocalDate.of(2019, 1, 1),
        LocalDate.of(2020, 12, 31), PlanStatus.IMPLEMENTATION, null, List.of(), List.of(a, b),
        List.of(), List.of(), AT);
    PlanDashboard d = PlanDashboard.of(plan, AS_OF, SiteConfig.Quality.DEFAULT);
    assertThat(d.overdue()).extracting(r -> r.milestone().end())
        .containsExactly(LocalDate.of(2020, 1, 10));
    assertThat(d.dueSoon()).extracting(r -> r.milestone().end())
        .containsExactly(LocalDate.of(2020, 3, 31));
    assertThat(d.commitmentsByStatus().get(CommitmentStatus.DELAYED)).isEqualTo(1);
    assertThat(d.commitmentsByStatus().get(CommitmentStatus.COMPLETED)).isEqualTo(1);
    assertThat(d.milestoneCount()).isEqualTo(4);
    assertThat(d.progress()).isEqualTo(Math.round((17 + 100) / 2.0));
    assertThat(d.quality().sizeInRange()).isFalse();
    assertThat(d.quality().commitments()).isEqualTo(2);
  }

  @Test
  void burnUpCountsPlannedAndDoneMonthByMonthUpToTheAsOfDate() {
    Milestone done = new Milestone("1", true, new Text("hecho"), new Text("d"), LocalDate.of(2019, 1, 1),
        LocalDate.of(2019, 3, 31), null, LocalDate.of(2019, 2, 15), MilestoneStatus.COMPLETED,
        100, List.of(), AT);
    Milestone open = m(MilestoneStatus.IN_PROGRESS, 50, "2019-04-30");
    Milestone cancelled = m(MilestoneStatus.CANCELLED, 0, "2019-02-28");
    ActionPlan plan = new ActionPlan("p", 1, new Text("Plan"), LocalDate.of(2019, 1, 1),
        LocalDate.of(2019, 5, 31), PlanStatus.IMPLEMENTATION, null, List.of(),
        List.of(c(done, open, cancelled)), List.of(), List.of(), AT);
    BurnUp b = BurnUp.of(plan, LocalDate.of(2019, 4, 10));
    assertThat(b.total()).isEqualTo(2);
    assertThat(b.points()).extracting(BurnUp.Point::planned).containsExactly(0, 0, 1, 2, 2);
    assertThat(b.points()).extracting(BurnUp.Point::done).containsExactly(0, 1, 1, 1, null);
  }
}
