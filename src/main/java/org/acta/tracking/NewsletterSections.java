package org.acta.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acta.model.Commitment;
import org.acta.model.Meeting;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.model.Official;
import org.acta.site.PastContent;
import org.acta.site.Site;

/**
 * The sections Acta writes for a newsletter from the data of its period: milestones completed,
 * started or delayed; each commitment's progress change; the featured officials; the forum's
 * activity and the meetings coming after the newsletter's date.
 *
 * <p>A published issue is <em>frozen</em>: everything comes from the content as it stood on
 * its date, and each commitment's progress at the start and end of the period from the
 * content as it stood on those days ({@link Site#contentOn}), so later edits never change it.
 * Only when git holds nothing that old are the sections projected from the current content.
 *
 * @param frozen whether the sections come from the content as it stood (else projected)
 */
public record NewsletterSections(
    Newsletter newsletter,
    boolean frozen,
    List<MilestoneRef> completed,
    List<MilestoneRef> started,
    List<MilestoneRef> delayed,
    List<ProgressChange> progress,
    List<Spotlight> spotlight,
    List<Minute> minutes,
    List<ForumRecord.Upcoming> upcoming) {

  /** A commitment's estimated progress at the start and at the end of the period. */
  public record ProgressChange(Commitment commitment, int before, int after) {
    public int change() {
      return after - before;
    }
  }

  /** A featured official and the commitment they implement. */
  public record Spotlight(Official official, Commitment commitment, int progress) {}

  /** Frozen from the content as it stood on the dates, or projected without it. */
  public static NewsletterSections of(Newsletter n, Site site) {
    Optional<PastContent> published = site.contentOn(n.date());
    if (published.isEmpty()) {
      return of(n, site.commitments(), site.minutes(), site.meetings());
    }
    Optional<PastContent> start = site.contentOn(n.beforePeriod());
    Optional<PastContent> end = site.contentOn(n.endOfPeriod());
    PastContent p = published.get();
    // A day git has nothing for (the repository began within the period) is projected from
    // the issue's own content.
    ProgressOn progress = (c, day) -> {
      Optional<PastContent> then = day.equals(n.beforePeriod()) ? start : end;
      return then.map(t -> t.commitment(c.id()).map(Commitment::progress).orElse(0))
          .orElseGet(() -> progressAt(c, day));
    };
    return sections(n, true, p.commitments(), p.minutes(), p.meetings(), progress);
  }

  /** Projected from {@code commitments} as they are now, for content without history. */
  public static NewsletterSections of(Newsletter n, List<Commitment> commitments,
      List<Minute> minutes, List<Meeting> meetings) {
    return sections(n, false, commitments, minutes, meetings, NewsletterSections::progressAt);
  }

  /** A commitment's progress on a day. */
  private interface ProgressOn {
    int of(Commitment c, LocalDate day);
  }

  private static NewsletterSections sections(Newsletter n, boolean frozen,
      List<Commitment> commitments, List<Minute> minutes, List<Meeting> meetings,
      ProgressOn progressOn) {
    LocalDate from = n.periodStart();
    LocalDate to = n.periodEnd();
    List<MilestoneRef> completed = new ArrayList<>();
    List<MilestoneRef> started = new ArrayList<>();
    List<MilestoneRef> delayed = new ArrayList<>();
    List<ProgressChange> progress = new ArrayList<>();
    List<String> featured = n.featuredCommitments().stream().map(r -> r.id()).toList();
    for (Commitment c : commitments) {
      for (Milestone m : c.milestones()) {
        if (m.status() == MilestoneStatus.COMPLETED && within(Rules.completedOn(m), from, to)) {
          completed.add(new MilestoneRef(c, m));
        } else if (within(startedOn(m), from, to) && m.status() != MilestoneStatus.NOT_STARTED
            && m.status() != MilestoneStatus.CANCELLED) {
          started.add(new MilestoneRef(c, m));
        }
        if (m.status() == MilestoneStatus.DELAYED && !m.end().isAfter(to)
            && !m.end().isBefore(from)) {
          delayed.add(new MilestoneRef(c, m));
        }
      }
      int before = progressOn.of(c, n.beforePeriod());
      int after = progressOn.of(c, n.endOfPeriod());
      if (before != after || featured.contains(c.id())) {
        progress.add(new ProgressChange(c, before, after));
      }
    }
    Comparator<MilestoneRef> byEnd = Comparator.comparing((MilestoneRef r) -> r.milestone().end())
        .thenComparing(r -> r.commitment().id());
    completed.sort(byEnd);
    started.sort(byEnd);
    delayed.sort(byEnd);
    Map<String, Commitment> byId = new HashMap<>();
    commitments.forEach(c -> byId.put(c.id(), c));
    List<Spotlight> spotlight = new ArrayList<>();
    for (Newsletter.FeaturedOfficial f : n.featuredOfficials()) {
      Commitment c = byId.get(f.commitment().id());
      if (c != null) {
        c.officials().stream().filter(o -> o.name().equals(f.name())).findFirst()
            .ifPresent(o -> spotlight.add(new Spotlight(o, c, progressOn.of(c,
                n.endOfPeriod()))));
      }
    }
    List<Minute> held = minutes.stream().filter(m -> within(m.date(), from, to)).toList();
    List<ForumRecord.Upcoming> upcoming = ForumRecord.upcoming(meetings, minutes,
        n.date().plusDays(1));
    return new NewsletterSections(n, frozen, completed, started, delayed, progress, spotlight, held,
        upcoming);
  }

  /**
   * Estimated progress of a commitment on a day, from milestone dates only: a completed
   * milestone counts 100 from its completion date; one in progress counts its reported
   * progress from its start; cancelled milestones are left out, as in the commitment's
   * progress.
   */
  static int progressAt(Commitment c, LocalDate day) {
    List<Milestone> counted = Rules.counted(c);
    if (counted.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (Milestone m : counted) {
      if (m.status() == MilestoneStatus.COMPLETED) {
        sum += Rules.completedOn(m).isAfter(day) ? 0 : 100;
      } else if (m.status() != MilestoneStatus.NOT_STARTED && !startedOn(m).isAfter(day)) {
        sum += m.progress();
      }
    }
    return (int) Math.round(sum / counted.size());
  }

  private static LocalDate startedOn(Milestone m) {
    return m.actualStart() != null ? m.actualStart() : m.start();
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }
}
