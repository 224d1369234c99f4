package org.acta.model;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code content/site.yaml}: who publishes the site and for which forum.
 *
 * @param language the language of this version of the site: the main language (the first of
 *     {@code languages}), or the language of a translated version
 * @param languages every language the site is built in, the main one first; content is
 *     written in the main one and may carry translations into the others
 * @param repository where the content's history can be checked, or null when not given
 * @param meetingKinds the kinds of meeting minutes and meetings may be ({@code meeting_kinds}),
 *     by id, in the order site.yaml lists them
 */
public record SiteConfig(
    Text title,
    String language,
    String baseUrl,
    Text country,
    String countryCode,
    Markdown description,
    Forum forum,
    Contact contact,
    Quality quality,
    ZoneId timeZone,
    Text newsletterFooter,
    List<String> languages,
    SourceRepository repository,
    Map<String, MeetingKind> meetingKinds) {

  /** The kinds a site that declares no {@code meeting_kinds} has: a forum's sessions. */
  public static final Map<String, MeetingKind> DEFAULT_MEETING_KINDS =
      ordered(List.of(MeetingKind.ORDINARY, MeetingKind.EXTRAORDINARY));

  /** Kinds by id in the given order, which messages listing the known kinds follow. */
  public static Map<String, MeetingKind> ordered(List<MeetingKind> kinds) {
    Map<String, MeetingKind> byId = new LinkedHashMap<>();
    kinds.forEach(k -> byId.put(k.id(), k));
    return Collections.unmodifiableMap(byId);
  }

  /** The multi-stakeholder forum, e.g. Chile's Mesa de Gobierno Abierto (MGA). */
  public record Forum(Text name, Text acronym, Markdown description) {}

  /**
   * Thresholds for the plan-quality panel and the warnings of {@code validate}.
   *
   * @param minCommitments fewest commitments a plan should have (the forum's 2018 advice: 10)
   * @param maxCommitments most commitments a plan should have (20; OGP's older guidance: 15)
   * @param minStatementLength shortest acceptable problem or solution statement, in characters
   * @param staleAfterMonths a commitment being implemented should be updated at least this often
   * @param publicationLagDays minutes should be published within this many days of the meeting
   * @param openMeetingsPerYear meetings open to the public the forum holds each year (OGP: 3)
   */
  /**
   * @param shouldState fields a plan should state ({@code quality.should_state}): omitting one
   *     is a warning, never an error; {@code not_stated} says the source does not state it
   */
  /**
   * @param plausibility what each plausibility check does ({@code quality.plausibility}); a
   *     check not named warns
   */
  public record Quality(int minCommitments, int maxCommitments, int minStatementLength,
      int staleAfterMonths, int publicationLagDays, int openMeetingsPerYear,
      List<String> shouldState, Map<Plausibility.Check, Plausibility.Level> plausibility) {
    public static final Quality DEFAULT = new Quality(10, 20, 150, 6, 30, 3, List.of(),
        Map.of());

    public Quality(int minCommitments, int maxCommitments, int minStatementLength,
        int staleAfterMonths, int publicationLagDays, int openMeetingsPerYear,
        List<String> shouldState) {
      this(minCommitments, maxCommitments, minStatementLength, staleAfterMonths,
          publicationLagDays, openMeetingsPerYear, shouldState, Map.of());
    }

    /** What {@code check} does: what site.yaml says, else warn. */
    public Plausibility.Level level(Plausibility.Check check) {
      return plausibility.getOrDefault(check, Plausibility.Level.WARNING);
    }

    /** The fields {@code should_state} may name: a commitment's, and its milestones'. */
    public static final List<String> STATABLE = List.of("lead_institution", "start", "end",
        "problem", "description", "solution", "deliverable", "ogp_values", "milestones",
        "milestone.deliverable", "milestone.start", "milestone.end", "milestone.status",
        "milestone.progress", "milestone.responsible");
  }

  /** The language content is written in, published at the site root. */
  public String mainLanguage() {
    return languages.get(0);
  }

  /** Public contact for the repository; every part optional. */
  public record Contact(Text name, String email, String url) {}
}
