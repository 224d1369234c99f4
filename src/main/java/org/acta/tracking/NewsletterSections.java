package org.acta.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.model.Commitment;
import org.acta.model.Meeting;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.model.Official;

/**
 * The sections Acta writes for a newsletter from the data of its period: milestones completed,
 * started or delayed; each commitment's progress change; the featured officials; the forum's
 * activity and the meetings coming after the newsletter's date.
 */
public record NewsletterSections(
    Newsletter newsletter,
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

  public static NewsletterSections of(Newsletter n, List<Commitment> commitments,
      List<Minute> minutes, List<Meeting> meetings) {
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
      int before = progressAt(c, from.minusDays(1));
      int after = progressAt(c, to);
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
            .ifPresent(o -> spotlight.add(new Spotlight(o, c, progressAt(c, to))));
      }
    }
    List<Minute> held = minutes.stream().filter(m -> within(m.date(), from, to)).toList();
    List<ForumRecord.Upcoming> upcoming = ForumRecord.upcoming(meetings, minutes,
        n.date().plusDays(1));
    return new NewsletterSections(n, completed, started, delayed, progress, spotlight, held,
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
