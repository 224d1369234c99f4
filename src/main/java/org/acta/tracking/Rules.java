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
import org.acta.model.PartialDate;
import org.acta.model.Progress;
import org.acta.model.ProgressUpdate;
import org.acta.model.Stated;

/**
 * The documented rules that turn self-reported milestones into progress, status and the IRM
 * completion level. Kept in one place so the README, the pages and the data agree. Unknown
 * inputs stay unknown: nothing here counts a missing figure as 0 or a missing date as late.
 */
public final class Rules {
  /** Milestones ending within this many days of the as-of date count as "due soon". */
  public static final int DUE_SOON_DAYS = 90;

  private Rules() {}

  static List<Milestone> counted(Commitment c) {
    return c.milestones().stream().filter(m -> !m.is(MilestoneStatus.CANCELLED)).toList();
  }

  static boolean isOpen(Milestone m) {
    return m.isOpen();
  }

  /**
   * Overall state: cancelled when every milestone is; completed when every remaining one is;
   * delayed when any remaining one is delayed or overdue; not started when every remaining one
   * is reported not started; not reported when none reports a status (then the newest
   * commitment-level update stating one decides); in progress otherwise.
   */
  public static CommitmentStatus status(Commitment c, LocalDate asOf) {
    List<Milestone> counted = counted(c);
    if (counted.isEmpty() && !c.milestones().isEmpty()) {
      return CommitmentStatus.CANCELLED;
    }
    if (counted.stream().noneMatch(m -> m.status().known())) {
      return c.updates().stream().map(ProgressUpdate::status).filter(Stated::known)
          .findFirst().map(s -> CommitmentStatus.valueOf(s.value().name()))
          .orElse(CommitmentStatus.NOT_REPORTED);
    }
    if (counted.stream().allMatch(m -> m.is(MilestoneStatus.COMPLETED))) {
      return CommitmentStatus.COMPLETED;
    }
    if (counted.stream().anyMatch(m -> m.is(MilestoneStatus.DELAYED) || m.isOverdue(asOf))) {
      return CommitmentStatus.DELAYED;
    }
    if (counted.stream().allMatch(m -> m.is(MilestoneStatus.NOT_STARTED))) {
      return CommitmentStatus.NOT_STARTED;
    }
    return CommitmentStatus.IN_PROGRESS;
  }

  /**
   * The IRM completion level: the forum's own {@code completion} when set; otherwise "no
   * evidence available" when any milestone is marked completed with an evidence list that
   * holds nothing; otherwise from the reported progress: 0 not started, 1–49 limited, 50–99
   * substantial, 100 complete; unknown (omitted) when no progress is reported.
   */
  public static Stated<CompletionLevel> completion(Commitment c) {
    if (c.completionOverride() != null) {
      return Stated.of(c.completionOverride());
    }
    if (c.milestones().stream().anyMatch(Milestone::isCompletedWithoutEvidence)) {
      return Stated.of(CompletionLevel.NO_EVIDENCE);
    }
    Progress progress = c.progress();
    if (!progress.known()) {
      return Stated.omitted();
    }
    int p = progress.percent();
    if (p == 0) {
      return Stated.of(CompletionLevel.NOT_STARTED);
    }
    if (p < 50) {
      return Stated.of(CompletionLevel.LIMITED);
    }
    return Stated.of(p < 100 ? CompletionLevel.SUBSTANTIAL : CompletionLevel.COMPLETE);
  }

  /** The open milestone with a stated end that ends first, if any. */
  public static Optional<Milestone> nextMilestone(Commitment c) {
    return c.milestones().stream().filter(m -> m.isOpen() && m.end().known())
        .min(Comparator.comparing((Milestone m) -> m.end().value())
            .thenComparing(Milestone::title));
  }

  /**
   * Plan progress: the plain average of its commitments' progress over the commitments that
   * report any, leaving out commitments whose milestones were all cancelled; the others count
   * as not reported.
   */
  public static Progress planProgress(ActionPlan plan) {
    return Progress.of(plan.commitments().stream()
        .filter(c -> c.milestones().isEmpty() || !counted(c).isEmpty())
        .map(c -> c.progress().asStated()).toList());
  }

  /**
   * When a completed milestone was completed: its {@code actual_end}; else the end of the
   * oldest update reporting it completed; else the date of its newest evidence; else the end
   * of its planned period; unknown when none is stated.
   */
  public static Optional<LocalDate> completedOn(Milestone m) {
    if (m.actualEnd() != null) {
      return Optional.of(m.actualEnd());
    }
    Optional<LocalDate> reported = m.updates().stream()
        .filter(u -> u.status().known() && u.status().value() == MilestoneStatus.COMPLETED)
        .map(u -> u.date().last()).min(Comparator.naturalOrder());
    if (reported.isPresent()) {
      return reported;
    }
    Optional<LocalDate> evidence = m.allEvidence().stream().map(Evidence::date)
        .filter(d -> d != null).max(Comparator.naturalOrder());
    if (evidence.isPresent()) {
      return evidence;
    }
    return m.end().known() ? Optional.of(m.end().value().last()) : Optional.empty();
  }

  /** The last day of a milestone's stated end period. */
  static LocalDate endOf(Milestone m) {
    return m.end().map(PartialDate::last).value();
  }
}
