package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;

/** A verifiable step of a commitment, with its own dates, status, progress and evidence. */
public record Milestone(
    Text title,
    Text deliverable,
    LocalDate start,
    LocalDate end,
    LocalDate actualStart,
    LocalDate actualEnd,
    MilestoneStatus status,
    int progress,
    List<Evidence> evidence,
    Position source) {

  public boolean hasEvidence() {
    return !evidence.isEmpty();
  }

  /** Completed but with nothing to show for it: the IRM counts this as "no evidence". */
  public boolean isCompletedWithoutEvidence() {
    return status == MilestoneStatus.COMPLETED && evidence.isEmpty();
  }

  /** Past its end date on {@code asOf} and neither completed nor cancelled. */
  public boolean isOverdue(LocalDate asOf) {
    return end.isBefore(asOf)
        && status != MilestoneStatus.COMPLETED
        && status != MilestoneStatus.CANCELLED;
  }
}
