package org.acta.history;

import java.time.LocalDate;
import java.util.List;
import org.acta.model.Keyword;

/**
 * One commit's change to one content file: when, by whom, which commit, and what changed.
 *
 * @param commit the abbreviated commit id (7 characters), as shown
 * @param sha the full commit id, for the link to the commit on its forge
 * @param author the commit's author (who wrote the change, not who merged it)
 * @param details what changed, most significant first; empty for a plain edit
 * @param pullRequest the number of the pull or merge request that brought the commit in, as
 *     its merge commit (or squash commit) names it; null when none does
 * @param renamedFrom for {@link Kind#RENAMED}: the file's earlier path, relative to the content
 *     folder (plans/2018-2020/commitments/old-id.yaml); else null
 */
public record Change(String commit, String sha, String author, LocalDate date, Kind kind,
    List<Detail> details, Integer pullRequest, String renamedFrom) {

  public enum Kind implements Keyword { ADDED, MODIFIED, RENAMED, DELETED }

  /**
   * A recognised change inside a commitment file.
   *
   * @param what one of: commitment-dates, commitment-texts, milestone-added,
   *     milestone-removed, title, status, progress, dates, actual-dates, evidence-added,
   *     evidence-removed, ids-written
   * @param subject the milestone's title (or the commitment's for commitment-dates and
   *     commitment-texts)
   */
  public record Detail(String what, String subject, String from, String to) {}
}
