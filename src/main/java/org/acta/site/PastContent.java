package org.acta.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Meeting;
import org.acta.model.Minute;

/**
 * The content as it stood on a day: what a published newsletter or a plan's reporting-date
 * snapshot is made from, so that later edits cannot change it.
 *
 * @param day the day asked for
 * @param commit the full id of the commit read (the last one on or before {@code day}), or
 *     null when {@code day} is not before the build's as-of date: then it is the build's own
 *     content
 * @param commitDate that commit's committer date (UTC); the build's as-of date without one
 */
public record PastContent(LocalDate day, String commit, LocalDate commitDate,
    List<ActionPlan> plans, List<Minute> minutes, List<Meeting> meetings) {

  public List<Commitment> commitments() {
    return plans.stream().flatMap(p -> p.commitments().stream()).toList();
  }

  public Optional<Commitment> commitment(String id) {
    return commitments().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<ActionPlan> plan(String id) {
    return plans.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The abbreviated commit id, as the history tables show it; "" for the build's content. */
  public String shortCommit() {
    return commit == null ? "" : commit.substring(0, 7);
  }
}
