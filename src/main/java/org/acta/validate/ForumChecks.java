package org.acta.validate;

import java.util.function.IntPredicate;
import org.acta.diagnostics.Message;
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
        problems.warning(Position.ofFile(contentDisplay + "/minutes/" + y.year()),
            Message.of("forum-checks.had-meetings-open-to", y.year(),
                Message.of(y.openMeetings() == 1 ? "count.open-meeting.one"
                    : "count.open-meeting.other",
                    y.openMeetings()), y.target(), y.notStated() == 0 ? ""
                    : Message.of(y.notStated() == 1 ? "forum-checks.not-stated.one"
                        : "forum-checks.not-stated.other", y.notStated())));
      }
    }
    for (Minute m : site.minutes()) {
      var p = ForumRecord.publication(m, site.history(), q.publicationLagDays());
      if (p != null && p.late()) {
        problems.warning(m.source(), Message.of("forum-checks.these-minutes-were-published",
            p.published(), days(p.daysAfterMeeting()), days(q.publicationLagDays())));
      }
    }
  }

  private static Message days(long n) {
    return Message.of(n == 1 ? "count.day.one" : "count.day.other", n);
  }
}
