package org.acta.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/**
 * A verifiable step of a commitment, with its own dates, status, progress, evidence and dated
 * progress updates. Only the id and title are required; the rest may be unknown.
 *
 * @param id stable within its commitment: what anchors, open-data rows and history cite
 * @param idGiven whether the file states the id; if not, it is the milestone's position, which
 *     is only allowed while the plan is in co-creation
 * @param statedStatus the milestone's own {@code status}; updates stating one take precedence
 * @param statedProgress the milestone's own {@code progress}; updates stating one take precedence
 * @param responsible the institution responsible for this milestone, or null when not stated
 * @param evidenceListed whether the file has an {@code evidence} list (even an empty one)
 * @param updates progress updates, newest first
 */
public record Milestone(
    String id,
    boolean idGiven,
    Text title,
    Stated<Text> deliverable,
    Stated<PartialDate> start,
    Stated<PartialDate> end,
    LocalDate actualStart,
    LocalDate actualEnd,
    Stated<MilestoneStatus> statedStatus,
    Stated<Integer> statedProgress,
    Ref responsible,
    List<Evidence> evidence,
    boolean evidenceListed,
    List<ProgressUpdate> updates,
    Position source) {

  /** The milestone's fragment on its commitment's page. */
  public String anchor() {
    return SitePaths.milestoneAnchor(id);
  }

  /** The newest update, or null without updates. */
  public ProgressUpdate latestUpdate() {
    return updates.isEmpty() ? null : updates.get(0);
  }

  /** The current status: that of the newest update stating one, else the milestone's own. */
  public Stated<MilestoneStatus> status() {
    for (ProgressUpdate u : updates) {
      if (u.status().known()) {
        return u.status();
      }
    }
    return statedStatus;
  }

  public boolean is(MilestoneStatus s) {
    return status().known() && status().value() == s;
  }

  /**
   * The current progress: 100 when completed; else the newest stated figure (update, then the
   * milestone's own); else 0 when not started; otherwise not reported.
   */
  public Stated<Integer> progress() {
    if (is(MilestoneStatus.COMPLETED)) {
      return Stated.of(100);
    }
    for (ProgressUpdate u : updates) {
      if (u.progress().known()) {
        return u.progress();
      }
    }
    if (statedProgress.known()) {
      return statedProgress;
    }
    return is(MilestoneStatus.NOT_STARTED) ? Stated.of(0) : Stated.omitted();
  }

  /** The milestone's evidence and that of its updates (newest update first). */
  public List<Evidence> allEvidence() {
    List<Evidence> all = new ArrayList<>(evidence);
    updates.forEach(u -> all.addAll(u.evidence()));
    return all;
  }

  public boolean hasEvidence() {
    return !allEvidence().isEmpty();
  }

  private boolean anyEvidenceList() {
    return evidenceListed || updates.stream().anyMatch(ProgressUpdate::evidenceListed);
  }

  /**
   * Completed, with an evidence list that holds nothing: the IRM counts this as "no
   * evidence". A file without any evidence list has not itemised its evidence (real trackers
   * often report it in the update's text), which is not the same verdict.
   */
  public boolean isCompletedWithoutEvidence() {
    return is(MilestoneStatus.COMPLETED) && anyEvidenceList() && !hasEvidence();
  }

  /** Completed, and no evidence list given at all: "evidence not itemised". */
  public boolean evidenceNotItemised() {
    return is(MilestoneStatus.COMPLETED) && !anyEvidenceList();
  }

  /**
   * Past the end of its stated end period on {@code asOf} and reported neither completed nor
   * cancelled. Unknown end or unknown status: not overdue (nothing says it is).
   */
  public boolean isOverdue(LocalDate asOf) {
    return end.known() && end.value().last().isBefore(asOf) && status().known()
        && !is(MilestoneStatus.COMPLETED) && !is(MilestoneStatus.CANCELLED);
  }

  /** Reported neither completed nor cancelled (unknown status counts as open). */
  public boolean isOpen() {
    return !is(MilestoneStatus.COMPLETED) && !is(MilestoneStatus.CANCELLED);
  }

  /** Updates stating a status that differs from the one before, oldest first. */
  public List<ProgressUpdate> statusHistory() {
    return StatusHistory.of(updates);
  }
}
