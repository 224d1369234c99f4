package org.acta.model;

import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/**
 * One commitment of an action plan, following the OGP commitment template:
 * {@code content/plans/<plan>/commitments/<id>.yaml}. Only the id and title are required;
 * what a plan does not state stays unknown ({@link Stated}).
 *
 * @param shortTitle the title for lists, tables, charts and feeds, or null to use the title
 * @param leadInstitutions the lead institutions (several co-leads, or none when not stated)
 * @param updates commitment-level progress updates, newest first
 */
public record Commitment(
    String id,
    String planId,
    String ogpId,
    Text title,
    Text shortTitle,
    List<Ref> leadInstitutions,
    List<Ref> partnerInstitutions,
    Stated<PartialDate> start,
    Stated<PartialDate> end,
    Stated<Markdown> problem,
    Markdown statusQuo,
    Stated<Markdown> description,
    Stated<Markdown> solution,
    Stated<Markdown> deliverable,
    Stated<List<ValueRelevance>> ogpValues,
    List<SdgLink> sdgs,
    List<String> themes,
    List<Official> officials,
    List<Milestone> milestones,
    List<ProgressUpdate> updates,
    CompletionLevel completionOverride,
    IrmAssessment irm,
    Position source) {

  public String path() {
    return SitePaths.commitment(planId, id);
  }

  /** The short title where there is one: what lists, tables, charts and feeds show. */
  public Text listTitle() {
    return shortTitle != null ? shortTitle : title;
  }

  /** The newest commitment-level update, or null. */
  public ProgressUpdate latestUpdate() {
    return updates.isEmpty() ? null : updates.get(0);
  }

  /**
   * Progress as the average of its milestones' reported progress, cancelled milestones left
   * out (they no longer count towards delivery); milestones without a figure are counted as
   * not reported, never as 0. Without milestones, the newest commitment update's figure.
   */
  public Progress progress() {
    if (milestones.isEmpty()) {
      for (ProgressUpdate u : updates) {
        if (u.progress().known()) {
          return new Progress(u.progress().value(), 1, 1);
        }
      }
      return new Progress(0, 0, 0);
    }
    return Progress.of(milestones.stream().filter(m -> !m.is(MilestoneStatus.CANCELLED))
        .map(Milestone::progress).toList());
  }

  /** Updates stating a status that differs from the one before, oldest first. */
  public List<ProgressUpdate> statusHistory() {
    return StatusHistory.of(updates);
  }
}
