package org.acta.validate;

import java.util.function.IntPredicate;
import org.acta.diagnostics.Plural;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.model.Minute;
import org.acta.site.Site;
import org.acta.tracking.ForumRecord;

/**
 * Warnings about the forum's own record: past years with fewer open meetings than the target,
 * and minutes published (first committed) later than the allowed lag after their meeting.
 */
public final class ForumChecks {
  private final Problems problems;

  public ForumChecks(Problems problems) {
    this.problems = problems;
  }

  /** @param incomplete whether a minute file of a year failed to load */
  public void check(Site site, String contentDisplay, IntPredicate incomplete) {
    var q = site.config().quality();
    for (ForumRecord.Year y : ForumRecord.years(site.minutes(), site.asOf(),
        q.openMeetingsPerYear())) {
      if (y.past() && !y.met() && !incomplete.test(y.year())) {
        problems.warning(Position.ofFile(contentDisplay + "/minutes/" + y.year()), y.year()
            + " had " + Plural.en(y.openMeetings(), "meeting", "meetings")
            + " open to the public; the target is "
            + y.target() + " a year (quality.open_meetings_per_year in site.yaml).");
      }
    }
    for (Minute m : site.minutes()) {
      var p = ForumRecord.publication(m, site.history(), q.publicationLagDays());
      if (p != null && p.late()) {
        problems.warning(m.source(), "these minutes were published on " + p.published() + ", "
            + Plural.en(p.daysAfterMeeting(), "day", "days") + " after the meeting; publish "
            + "minutes within " + Plural.en(q.publicationLagDays(), "day", "days") + " (quality.publication_lag_days in site.yaml).");
      }
    }
  }
}
