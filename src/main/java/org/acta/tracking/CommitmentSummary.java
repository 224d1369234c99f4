package org.acta.tracking;

import java.time.LocalDate;
import org.acta.model.Commitment;
import org.acta.model.CompletionLevel;
import org.acta.model.Milestone;
import org.acta.model.Progress;
import org.acta.model.Stated;

/** What the dashboard shows for one commitment, as of a date. */
public record CommitmentSummary(
    Commitment commitment,
    Progress progress,
    CommitmentStatus status,
    Stated<CompletionLevel> completion,
    boolean completionSetByForum,
    Milestone nextMilestone) {

  public static CommitmentSummary of(Commitment c, LocalDate asOf) {
    return new CommitmentSummary(c, c.progress(), Rules.status(c, asOf), Rules.completion(c),
        c.completionOverride() != null, Rules.nextMilestone(c).orElse(null));
  }
}
