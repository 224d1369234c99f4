package org.acta.tracking;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.CompletionLevel;
import org.acta.model.Evidence;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;

/**
 * The documented rules that turn self-reported milestones into progress, status and the IRM
 * completion level. Kept in one place so the README, the pages and the data agree.
 */
public final class Rules {
  /** Milestones ending within this many days of the as-of date count as "due soon". */
  public static final int DUE_SOON_DAYS = 90;

  private Rules() {}

  static List<Milestone> counted(Commitment c) {
    return c.milestones().stream().filter(m -> m.status() != MilestoneStatus.CANCELLED).toList();
  }

  static boolean isOpen(Milestone m) {
    return m.status() != MilestoneStatus.COMPLETED && m.status() != MilestoneStatus.CANCELLED;
  }

  /**
   * Overall state: cancelled when every milestone is; completed when every remaining one is;
   * delayed when any remaining one is delayed or overdue; not started when none has started;
   * in progress otherwise.
   */
  public static CommitmentStatus status(Commitment c, LocalDate asOf) {
    List<Milestone> counted = counted(c);
    if (counted.isEmpty()) {
      return CommitmentStatus.CANCELLED;
    }
    if (counted.stream().allMatch(m -> m.status() == MilestoneStatus.COMPLETED)) {
      return CommitmentStatus.COMPLETED;
    }
    if (counted.stream().anyMatch(m -> m.status() == MilestoneStatus.DELAYED
        || m.isOverdue(asOf))) {
      return CommitmentStatus.DELAYED;
    }
    if (counted.stream().allMatch(m -> m.status() == MilestoneStatus.NOT_STARTED)) {
      return CommitmentStatus.NOT_STARTED;
    }
    return CommitmentStatus.IN_PROGRESS;
  }

  /**
   * The IRM completion level: the forum's own {@code completion} when set; otherwise "no
   * evidence available" when any milestone is marked completed without evidence; otherwise
   * from progress: 0 not started, 1–49 limited, 50–99 substantial, 100 complete.
   */
  public static CompletionLevel completion(Commitment c) {
    if (c.completionOverride() != null) {
      return c.completionOverride();
    }
    if (c.milestones().stream().anyMatch(Milestone::isCompletedWithoutEvidence)) {
      return CompletionLevel.NO_EVIDENCE;
    }
    int p = c.progress();
    if (p == 0) {
      return CompletionLevel.NOT_STARTED;
    }
    if (p < 50) {
      return CompletionLevel.LIMITED;
    }
    return p < 100 ? CompletionLevel.SUBSTANTIAL : CompletionLevel.COMPLETE;
  }

  /** The open milestone that ends first, if any. */
  public static Optional<Milestone> nextMilestone(Commitment c) {
    return c.milestones().stream().filter(Rules::isOpen)
        .min(Comparator.comparing(Milestone::end).thenComparing(Milestone::title));
  }

  /**
   * Plan progress: the plain average of its commitments' progress, leaving out commitments
   * whose milestones were all cancelled. 0 for a plan without commitments.
   */
  public static int planProgress(ActionPlan plan) {
    return (int) Math.round(plan.commitments().stream().filter(c -> !counted(c).isEmpty())
        .mapToInt(Commitment::progress).average().orElse(0));
  }

  /**
   * When a completed milestone was completed: its {@code actual_end}, else the date of its
   * newest evidence, else its planned end.
   */
  public static LocalDate completedOn(Milestone m) {
    if (m.actualEnd() != null) {
      return m.actualEnd();
    }
    return m.evidence().stream().map(Evidence::date).filter(d -> d != null)
        .max(Comparator.naturalOrder()).orElse(m.end());
  }
}
