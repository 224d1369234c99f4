package org.acta.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acta.history.ContentHistory;
import org.acta.model.Agreement;
import org.acta.model.FollowUp;
import org.acta.model.Meeting;
import org.acta.model.Minute;
import org.acta.model.Text;

/**
 * The forum's own record, as of a date: where each agreement stands, open meetings per year
 * against the target, publication lag of each minute, and the meetings still to come.
 */
public final class ForumRecord {
  /** Meetings of one year: how many were open to the public against the target. */
  /**
   * @param openMeetings meetings whose minutes state they were open to the public
   * @param notStated meetings whose minutes do not state whether they were open
   */
  public record Year(int year, int meetings, int openMeetings, int notStated, int target,
      boolean past) {
    public boolean met() {
      return openMeetings >= target;
    }
  }

  /** When a minute was published (first committed), and how many days after the meeting. */
  public record Publication(LocalDate published, long daysAfterMeeting, boolean late) {}

  /** An upcoming meeting: a scheduled meeting file, or a minute dated after as-of. */
  public record Upcoming(String slug, Text title, LocalDate date, LocalDate endDate,
      LocalTime start,
      LocalTime end, Text location, Boolean openToPublic, Meeting meeting) {}

  /**
   * A meeting whose date has passed, kept on the meetings page so its address
   * ({@code meetings/#slug}, linked from newsletters and calendars) never disappears.
   *
   * @param meeting the scheduled meeting file, or null for a minute written before the session
   * @param minute the minute of that session, or null when none was published
   */
  public record PastMeeting(String slug, Text title, LocalDate date, LocalDate endDate,
      Meeting meeting,
      Minute minute) {
    /** A record of the session is published: a minute with its text. */
    public boolean held() {
      return minute != null && minute.hasBody();
    }
  }

  private ForumRecord() {}

  /** Every agreement with its current status; follow-ups after {@code asOf} are ignored. */
  public static List<AgreementView> agreements(List<Minute> minutes, LocalDate asOf) {
    Map<String, FollowUp> latest = new HashMap<>();
    Map<String, Minute> latestIn = new HashMap<>();
    for (Minute m : minutes) { // minutes are in date order: later follow-ups win
      if (m.date().isAfter(asOf)) {
        continue;
      }
      for (FollowUp f : m.followUps()) {
        latest.put(f.agreement().id(), f);
        latestIn.put(f.agreement().id(), m);
      }
    }
    List<AgreementView> views = new ArrayList<>();
    for (Minute m : minutes) {
      for (Agreement a : m.agreements()) {
        String key = m.slug() + "/" + a.id();
        FollowUp f = latest.get(key);
        var status = f != null ? f.status() : a.status();
        views.add(new AgreementView(m, a, status, f, latestIn.get(key),
            AgreementView.isOverdue(status, a.due(), asOf)));
      }
    }
    return views;
  }

  /** Open meetings per year, from the minutes held up to {@code asOf}. */
  public static List<Year> years(List<Minute> minutes, LocalDate asOf, int target) {
    Map<Integer, int[]> counts = new TreeMap<>();
    for (Minute m : minutes) {
      if (m.date().isAfter(asOf)) {
        continue;
      }
      int[] c = counts.computeIfAbsent(m.year(), y -> new int[3]);
      c[0]++;
      if (m.openToPublic() == null) {
        c[2]++;
      } else if (m.openToPublic()) {
        c[1]++;
      }
    }
    List<Year> years = new ArrayList<>();
    counts.forEach((year, c) -> years.add(new Year(year, c[0], c[1], c[2], target,
        year < asOf.getYear())));
    return years;
  }

  /**
   * Publication of a minute, from git; null without history, and null for meetings held before
   * the repository's first commit (minutes migrated from an earlier archive: their lag in this
   * repository says nothing about when they were first published).
   */
  public static Publication publication(Minute m, ContentHistory history, int maxDays) {
    LocalDate published = history.of(m.source().file()).firstCommitted();
    if (published == null || history.start() == null || m.date().isBefore(history.start())) {
      return null;
    }
    long days = ChronoUnit.DAYS.between(m.date(), published);
    return new Publication(published, days, days > maxDays);
  }

  /** Meetings on or after {@code asOf}: scheduled ones, and minutes with a date still to come. */
  public static List<Upcoming> upcoming(List<Meeting> meetings, List<Minute> minutes,
      LocalDate asOf) {
    List<Upcoming> out = new ArrayList<>();
    for (Meeting m : meetings) {
      if (!m.date().isBefore(asOf)) {
        out.add(new Upcoming(m.slug(), m.title(), m.date(), m.endDate(), m.start(), m.end(), m.location(),
            m.openToPublic(), m));
      }
    }
    for (Minute m : minutes) {
      if (m.date().isAfter(asOf) && !m.hasBody()) {
        out.add(new Upcoming(m.slug(), m.title(), m.date(), m.endDate(), m.start(), m.end(), m.location(),
            m.openToPublic(), null));
      }
    }
    out.sort(Comparator.comparing(Upcoming::date).thenComparing(Upcoming::slug));
    return out;
  }

  /**
   * Meetings that were once upcoming and are no longer, newest first: scheduled meetings before
   * {@code asOf} (with the minute of that session: the one of the same file name, else the only
   * one of that day) and minutes dated up to {@code asOf} still without their record.
   */
  public static List<PastMeeting> past(List<Meeting> meetings, List<Minute> minutes,
      LocalDate asOf) {
    Map<String, Minute> bySlug = new HashMap<>();
    Map<LocalDate, List<Minute>> byDate = new HashMap<>();
    for (Minute m : minutes) {
      bySlug.put(m.slug(), m);
      byDate.computeIfAbsent(m.date(), d -> new ArrayList<>()).add(m);
    }
    List<PastMeeting> out = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    for (Meeting m : meetings) {
      if (m.date().isBefore(asOf)) {
        Minute minute = bySlug.get(m.slug());
        List<Minute> sameDay = byDate.getOrDefault(m.date(), List.of());
        if (minute == null && sameDay.size() == 1) {
          minute = sameDay.get(0);
        }
        if (minute != null && minute.date().isAfter(asOf)) {
          minute = null;
        }
        out.add(new PastMeeting(m.slug(), m.title(), m.date(), m.endDate(), m, minute));
        slugs.add(m.slug());
      }
    }
    for (Minute m : minutes) {
      if (!m.date().isAfter(asOf) && !m.hasBody() && slugs.add(m.slug())) {
        out.add(new PastMeeting(m.slug(), m.title(), m.date(), m.endDate(), null, m));
      }
    }
    out.sort(Comparator.comparing(PastMeeting::date).thenComparing(PastMeeting::slug)
        .reversed());
    return out;
  }
}
