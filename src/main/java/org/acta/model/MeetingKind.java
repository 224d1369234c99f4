package org.acta.model;

/**
 * What kind of session a meeting or minute records: one of the kinds site.yaml's
 * {@code meeting_kinds} declares (e.g. {@code public-engagement-session}), or, when it declares
 * none, a forum's ordinary or extraordinary session.
 *
 * @param id the kind as content files write it, in kebab-case
 * @param label the kind's name as site.yaml gives it, or null for the two default kinds, whose
 *     names are the theme's ({@code kind.ordinary}, {@code kind.extraordinary})
 */
public record MeetingKind(String id, Text label) {
  public static final MeetingKind ORDINARY = new MeetingKind("ordinary", null);
  public static final MeetingKind EXTRAORDINARY = new MeetingKind("extraordinary", null);

  /** The id, as templates of the default kinds ask for it ({@code kind.<keyword>}). */
  public String keyword() {
    return id;
  }
}
