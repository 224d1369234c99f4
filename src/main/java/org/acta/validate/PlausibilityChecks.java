package org.acta.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentReader;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Evidence;
import org.acta.model.Markdown;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.Minute;
import org.acta.model.Plausibility;
import org.acta.model.ProgressUpdate;
import org.acta.model.TemplateText;
import org.acta.site.Site;
import org.acta.tracking.ForumRecord;

/**
 * Content that loads but cannot be right (issue 20): dates after the build date, instruction
 * text a scaffold wrote, minutes without attendees, scheduled meetings that passed without a
 * minute. Each warns at the offending value unless {@code quality.plausibility} in site.yaml
 * makes it an error or, explicitly, ignores it.
 */
public final class PlausibilityChecks {
  /** The instruction texts left by acta new and acta init, as {@link Instruction}s. */
  private static final List<Instruction> INSTRUCTIONS = TemplateText.ALL.stream()
      .map(Instruction::of).toList();

  /**
   * An instruction text: its words, and a pattern of them with any spaces or line breaks
   * between (text is wrapped). A match holds every word, so a plain search for each skips the
   * pattern on almost every text (the patterns over every minute were 4 % of a build).
   */
  private record Instruction(String text, List<String> words, Pattern pattern) {
    static Instruction of(String text) {
      List<String> words = List.of(text.trim().split("\\s+"));
      return new Instruction(text, words, Pattern.compile(String.join("\\s+",
          words.stream().map(Pattern::quote).toList())));
    }

    boolean isIn(String scanned) {
      for (String word : words) {
        if (!scanned.contains(word)) {
          return false;
        }
      }
      return pattern.matcher(scanned).find();
    }
  }

  private final Problems problems;
  private final ValueLocator locate;

  public PlausibilityChecks(ContentReader reader, Problems problems) {
    this.problems = problems;
    this.locate = new ValueLocator(reader);
  }

  /** Reports what {@code check} found as site.yaml says: a warning, an error, or nothing. */
  static void report(Problems problems, Site site, Plausibility.Check check, Position at,
      Message message) {
    switch (site.config().quality().level(check)) {
      case WARNING -> problems.warning(at, message);
      case ERROR -> problems.error(at, message);
      case IGNORE -> { }
    }
  }

  public void check(Site site) {
    // An ignored check is not run at all: finding where a value is written reads its file.
    if (runs(site, Plausibility.Check.FUTURE_DATES)) {
      futureDates(site);
    }
    if (runs(site, Plausibility.Check.TEMPLATE_TEXT)) {
      templateText(site);
    }
    if (runs(site, Plausibility.Check.MINUTES_WITHOUT_ATTENDEES)) {
      minutesWithoutAttendees(site);
    }
    if (runs(site, Plausibility.Check.MEETINGS_WITHOUT_MINUTES)) {
      meetingsWithoutMinutes(site);
    }
  }

  private static boolean runs(Site site, Plausibility.Check check) {
    return site.config().quality().level(check) != Plausibility.Level.IGNORE;
  }

  private void report(Site site, Plausibility.Check check, Position at, Message message) {
    report(problems, site, check, at, message);
  }

  /** The session date of a minute or meeting file, or the file when it cannot be found. */
  private Position dateOf(Position file) {
    return locate.topLevel(file.file(), "date").orElse(file);
  }

  // ---- dates after the build date -----------------------------------------------------------

  private void futureDates(Site site) {
    LocalDate asOf = site.asOf();
    for (ActionPlan plan : site.plans()) {
      for (Commitment c : plan.commitments()) {
        c.updates().forEach(u -> update(site, u));
        for (Milestone m : c.milestones()) {
          if (m.actualEnd() != null && m.actualEnd().isAfter(asOf)) {
            report(site, Plausibility.Check.FUTURE_DATES, locate.value(m.source(), "actual_end"),
                Message.of("plausibility.completed-after-build-date", m.id(), c.id(),
                    m.actualEnd(), asOf));
          }
          completedOnItsPlannedEnd(site, c, m);
          m.updates().forEach(u -> update(site, u));
          m.allEvidence().forEach(e -> evidence(site, e));
        }
      }
    }
    for (Minute m : site.minutes()) {
      // A minute without its record, dated ahead, announces a meeting (the meetings page).
      if (m.date().isAfter(asOf) && m.hasBody()) {
        report(site, Plausibility.Check.FUTURE_DATES, dateOf(m.source()),
            Message.of("plausibility.minute-after-build-date", m.date(), asOf));
      }
    }
  }

  /**
   * A completed milestone that states no completion date (no actual_end, no update reporting
   * it completed, no dated evidence) is shown completed at the end of its planned period: when
   * that is still to come, the site would say it was completed in the future.
   */
  private void completedOnItsPlannedEnd(Site site, Commitment c, Milestone m) {
    if (!m.is(MilestoneStatus.COMPLETED) || m.actualEnd() != null || !m.end().known()
        || !m.end().value().last().isAfter(site.asOf())) {
      return;
    }
    boolean dated = m.updates().stream().anyMatch(u -> u.status().known()
        && u.status().value() == MilestoneStatus.COMPLETED)
        || m.allEvidence().stream().anyMatch(e -> e.date() != null);
    if (!dated) {
      report(site, Plausibility.Check.FUTURE_DATES, locate.value(m.source(), "end"),
          Message.of("plausibility.completed-on-planned-end", m.id(), c.id(), m.end().value(),
              site.asOf()));
    }
  }

  private void update(Site site, ProgressUpdate u) {
    if (u.date().first().isAfter(site.asOf())) {
      report(site, Plausibility.Check.FUTURE_DATES, locate.value(u.source(), "date"),
          Message.of("plausibility.update-after-build-date", u.date(), site.asOf()));
    }
  }

  private void evidence(Site site, Evidence e) {
    if (e.date() != null && e.date().isAfter(site.asOf())) {
      report(site, Plausibility.Check.FUTURE_DATES,
          locate.nearestValue(e.source(), "date", e.date().toString()),
          Message.of("plausibility.evidence-after-build-date", e.title().value(), e.date(),
              site.asOf()));
    }
  }

  // ---- instruction text left by acta new and acta init -------------------------------------

  private void templateText(Site site) {
    // A long record is read from its file here (see Markdown); the file again only to say
    // where an instruction is.
    for (Minute m : site.minutes()) {
      try {
        templateText(site, m.source().file(), m.body().source());
      } catch (Markdown.Unavailable e) {
        e.reportTo(problems);
      }
    }
    for (ActionPlan plan : site.plans()) {
      templateText(site, plan.source().file(), null);
      plan.commitments().forEach(c -> templateText(site, c.source().file(), null));
    }
  }

  /**
   * Each instruction text left in the file, once, where it is written.
   *
   * @param part the part of the file that may hold instructions, when it is at hand; null to
   *     read the whole file
   */
  private void templateText(Site site, String file, String part) {
    String scanned = part != null ? part : locate.read(file).orElse("");
    for (Instruction instruction : INSTRUCTIONS) {
      if (!instruction.isIn(scanned)) {
        continue;
      }
      String text = part != null ? locate.text(file).orElse("") : scanned;
      Matcher m = instruction.pattern().matcher(text);
      while (m.find()) {
        if (!file.endsWith(".yaml") || !commentedOut(text, m.start())) {
          report(site, Plausibility.Check.TEMPLATE_TEXT, locate.at(file, m.start()),
              Message.of("plausibility.template-text", instruction.text()));
          break;
        }
      }
    }
  }

  /** Whether the offset is on a YAML comment line (a template's commented-out example). */
  private static boolean commentedOut(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return text.substring(lineStart, offset).contains("#");
  }

  // ---- the forum's record ---------------------------------------------------------------------

  private void minutesWithoutAttendees(Site site) {
    for (Minute m : site.minutes()) {
      if (!m.date().isAfter(site.asOf()) && m.attendees().count() == 0) {
        report(site, Plausibility.Check.MINUTES_WITHOUT_ATTENDEES,
            locate.topLevel(m.source().file(), "attendees").orElseGet(() -> dateOf(m.source())),
            Message.of("plausibility.minute-without-attendees"));
      }
    }
  }

  private void meetingsWithoutMinutes(Site site) {
    for (ForumRecord.PastMeeting p : ForumRecord.past(site.meetings(), site.minutes(),
        site.asOf())) {
      if (p.meeting() != null && !p.held()) {
        report(site, Plausibility.Check.MEETINGS_WITHOUT_MINUTES,
            dateOf(p.meeting().source()),
            Message.of(p.minute() == null ? "plausibility.meeting-without-minute"
                : "plausibility.meeting-minute-without-record", p.date(),
                p.minute() == null ? contentFolder(p.meeting().source().file()) + "minutes/"
                    + p.date().getYear() + "/" + p.slug() + ".md"
                    : p.minute().source().file()));
      }
    }
  }

  /** "content/" of "content/meetings/x.yaml": how files of this content folder are named. */
  private static String contentFolder(String meetingFile) {
    int at = meetingFile.lastIndexOf("meetings/");
    return at < 0 ? "" : meetingFile.substring(0, at);
  }
}
