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
import org.acta.model.Progress;
import org.acta.model.ProgressUpdate;
import org.acta.model.Stated;
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
  public record ProgressChange(Commitment commitment, Progress before, Progress after) {
    /** Whether the figure changed, or became known or unknown. */
    public boolean changed() {
      return before.known() != after.known()
          || (after.known() && before.percent() != after.percent());
    }
  }

  /** A featured official and the commitment they implement. */
  public record Spotlight(Official official, Commitment commitment, Progress progress) {}

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
      return then.map(t -> t.commitment(c.id()).map(Commitment::progress)
          .orElse(new Progress(0, 0, 0)))
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
    Progress of(Commitment c, LocalDate day);
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
        if (m.is(MilestoneStatus.COMPLETED)
            && Rules.completedOn(m).filter(d -> within(d, from, to)).isPresent()) {
          completed.add(new MilestoneRef(c, m));
        } else if (startedOn(m).filter(d -> within(d, from, to)).isPresent()
            && m.status().known() && !m.is(MilestoneStatus.NOT_STARTED)
            && !m.is(MilestoneStatus.CANCELLED)) {
          started.add(new MilestoneRef(c, m));
        }
        if (m.is(MilestoneStatus.DELAYED) && m.end().known() && !Rules.endOf(m).isAfter(to)
            && !Rules.endOf(m).isBefore(from)) {
          delayed.add(new MilestoneRef(c, m));
        }
      }
      var change = new ProgressChange(c, progressOn.of(c, n.beforePeriod()),
          progressOn.of(c, n.endOfPeriod()));
      if (change.changed() || featured.contains(c.id())) {
        progress.add(change);
      }
    }
    Comparator<MilestoneRef> byEnd = Comparator.comparing(
        (MilestoneRef r) -> r.milestone().end().orElse(null),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(r -> r.commitment().id());
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
   * Estimated progress of a commitment on a day. A milestone with updates counts what its
   * updates dated up to that day report (the end of an update's stated period); one without
   * counts 100 from its completion date, its reported progress from its start, 0 while not
   * started; cancelled milestones are left out, as in the commitment's progress; a milestone
   * with nothing known for the day is not reported, never 0.
   */
  static Progress progressAt(Commitment c, LocalDate day) {
    List<Stated<Integer>> figures = new ArrayList<>();
    for (Milestone m : Rules.counted(c)) {
      figures.add(progressAt(m, day));
    }
    if (figures.isEmpty()) {
      return c.milestones().isEmpty() ? c.progress() : new Progress(0, 0, 0);
    }
    return Progress.of(figures);
  }

  private static Stated<Integer> progressAt(Milestone m, LocalDate day) {
    if (!m.updates().isEmpty()) {
      List<ProgressUpdate> until = m.updates().stream()
          .filter(u -> !u.date().last().isAfter(day)).toList();
      return new Milestone(m.id(), m.idGiven(), m.title(), m.deliverable(), m.start(), m.end(),
          m.actualStart(), m.actualEnd(), Stated.omitted(), Stated.omitted(), m.responsible(),
          m.evidence(), m.evidenceListed(), until, m.source()).progress();
    }
    if (m.is(MilestoneStatus.COMPLETED)) {
      return Rules.completedOn(m).map(d -> Stated.of(d.isAfter(day) ? 0 : 100))
          .orElse(Stated.omitted());
    }
    if (m.is(MilestoneStatus.NOT_STARTED)) {
      return Stated.of(0);
    }
    Optional<LocalDate> started = startedOn(m);
    if (started.isEmpty() || !m.progress().known()) {
      return Stated.omitted();
    }
    return started.get().isAfter(day) ? Stated.of(0) : m.progress();
  }

  private static Optional<LocalDate> startedOn(Milestone m) {
    if (m.actualStart() != null) {
      return Optional.of(m.actualStart());
    }
    return m.start().known() ? Optional.of(m.start().value().first()) : Optional.empty();
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }
}
