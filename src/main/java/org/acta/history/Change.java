package org.acta.history;

import java.time.LocalDate;
import java.util.List;
import org.acta.model.Keyword;

/**
 * One commit's change to one content file: when, by whom, which commit, and what changed.
 *
 * @param commit the abbreviated commit id (7 characters)
 * @param details what changed, most significant first; empty for a plain edit
 */
public record Change(String commit, String author, LocalDate date, Kind kind,
    List<Detail> details) {

  public enum Kind implements Keyword { ADDED, MODIFIED, DELETED }

  /**
   * A recognised change inside a commitment file.
   *
   * @param what one of: status, progress, dates, evidence-added, milestone-added,
   *     milestone-removed, commitment-dates
   * @param subject the milestone's title (or the commitment's for commitment-dates)
   */
  public record Detail(String what, String subject, String from, String to) {}
}
