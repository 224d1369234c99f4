package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/**
 * A verifiable step of a commitment, with its own dates, status, progress and evidence.
 *
 * @param id stable within its commitment: what anchors, open-data rows and history cite
 * @param idGiven whether the file states the id; if not, it is the milestone's position, which
 *     is only allowed while the plan is in co-creation
 */
public record Milestone(
    String id,
    boolean idGiven,
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

  /** The milestone's fragment on its commitment's page. */
  public String anchor() {
    return SitePaths.milestoneAnchor(id);
  }

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
