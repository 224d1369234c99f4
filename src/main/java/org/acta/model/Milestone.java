package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;

/** A verifiable step of a commitment, with its own dates, status, progress and evidence. */
public record Milestone(
    String title,
    String deliverable,
    LocalDate start,
    LocalDate end,
    MilestoneStatus status,
    int progress,
    List<Evidence> evidence,
    Position source) {

  /** Past its end date on {@code asOf} and neither completed nor cancelled. */
  public boolean isOverdue(LocalDate asOf) {
    return end.isBefore(asOf)
        && status != MilestoneStatus.COMPLETED
        && status != MilestoneStatus.CANCELLED;
  }
}
