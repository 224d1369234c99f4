package org.acta.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.Progress;
import org.acta.model.SiteConfig;

/**
 * Everything the compliance dashboard of one plan shows, computed as of a date.
 *
 * @param milestonesWithoutStatus milestones no status is reported for
 * @param openWithoutEnd open milestones without a stated end: neither overdue nor due soon
 *     can be judged
 */
public record PlanDashboard(
    ActionPlan plan,
    LocalDate asOf,
    Progress progress,
    List<CommitmentSummary> commitments,
    Map<CommitmentStatus, Integer> commitmentsByStatus,
    Map<MilestoneStatus, Integer> milestonesByStatus,
    List<MilestoneRef> overdue,
    List<MilestoneRef> dueSoon,
    int milestonesWithoutStatus,
    int openWithoutEnd,
    PlanQuality quality) {

  public static PlanDashboard of(ActionPlan plan, LocalDate asOf, SiteConfig.Quality q) {
    List<CommitmentSummary> summaries = plan.commitments().stream()
        .map(c -> CommitmentSummary.of(c, asOf)).toList();
    Map<CommitmentStatus, Integer> byStatus = new EnumMap<>(CommitmentStatus.class);
    for (CommitmentStatus s : CommitmentStatus.values()) {
      byStatus.put(s, 0);
    }
    summaries.forEach(s -> byStatus.merge(s.status(), 1, Integer::sum));
    Map<MilestoneStatus, Integer> milestones = new EnumMap<>(MilestoneStatus.class);
    for (MilestoneStatus s : MilestoneStatus.values()) {
      milestones.put(s, 0);
    }
    List<MilestoneRef> overdue = new ArrayList<>();
    List<MilestoneRef> dueSoon = new ArrayList<>();
    LocalDate horizon = asOf.plusDays(Rules.DUE_SOON_DAYS);
    int withoutStatus = 0;
    int openWithoutEnd = 0;
    for (Commitment c : plan.commitments()) {
      for (Milestone m : c.milestones()) {
        if (m.status().known()) {
          milestones.merge(m.status().value(), 1, Integer::sum);
        } else {
          withoutStatus++;
        }
        if (m.isOverdue(asOf)) {
          overdue.add(new MilestoneRef(c, m));
        } else if (m.isOpen() && !m.end().known()) {
          openWithoutEnd++;
        } else if (m.isOpen() && !Rules.endOf(m).isAfter(horizon)) {
          dueSoon.add(new MilestoneRef(c, m));
        }
      }
    }
    Comparator<MilestoneRef> byEnd = Comparator.comparing((MilestoneRef r) -> Rules.endOf(r.milestone()))
        .thenComparing(r -> r.commitment().id()).thenComparing(r -> r.milestone().title());
    overdue.sort(byEnd);
    dueSoon.sort(byEnd);
    return new PlanDashboard(plan, asOf, Rules.planProgress(plan), summaries, byStatus,
        milestones, overdue, dueSoon, withoutStatus, openWithoutEnd, PlanQuality.of(plan, q));
  }

  public int milestoneCount() {
    return milestonesByStatus.values().stream().mapToInt(Integer::intValue).sum()
        + milestonesWithoutStatus;
  }
}
