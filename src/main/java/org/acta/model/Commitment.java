package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/**
 * One commitment of an action plan, following the OGP commitment template:
 * {@code content/plans/<plan>/commitments/<id>.yaml}.
 */
public record Commitment(
    String id,
    String planId,
    String ogpId,
    Text title,
    Ref leadInstitution,
    List<Ref> partnerInstitutions,
    LocalDate start,
    LocalDate end,
    Markdown problem,
    Markdown statusQuo,
    Markdown description,
    Markdown solution,
    List<ValueRelevance> ogpValues,
    List<SdgLink> sdgs,
    List<String> themes,
    List<Official> officials,
    List<Milestone> milestones,
    CompletionLevel completionOverride,
    IrmAssessment irm,
    Position source) {

  public String path() {
    return SitePaths.commitment(planId, id);
  }

  /**
   * Progress as the plain average of its milestones' progress, cancelled milestones left out
   * (they no longer count towards delivery). 0 when nothing is left to count.
   */
  public int progress() {
    List<Milestone> counted = milestones.stream()
        .filter(m -> m.status() != MilestoneStatus.CANCELLED).toList();
    if (counted.isEmpty()) {
      return 0;
    }
    return (int) Math.round(counted.stream().mapToInt(Milestone::progress).average().orElse(0));
  }
}
