package org.acta.model;

/**
 * The plausibility checks of {@code validate} and what each does when it finds something
 * ({@code quality.plausibility} in site.yaml). Every check warns unless the editor says
 * otherwise: a check is never silent by default.
 */
public final class Plausibility {
  private Plausibility() {}

  /** A check, named in site.yaml by {@link #key()}. */
  public enum Check {
    /** Completion, update, evidence and minute dates after the build date. */
    FUTURE_DATES,
    /** Instruction text that {@code acta new} or {@code acta init} wrote for the editor. */
    TEMPLATE_TEXT,
    /** Minutes that list nobody as attending. */
    MINUTES_WITHOUT_ATTENDEES,
    /** Scheduled meetings whose date passed with no minute of the session. */
    MEETINGS_WITHOUT_MINUTES,
    /** Commitments of a plan being implemented, not updated within stale_after_months. */
    STALE_COMMITMENTS;

    /** The key in site.yaml: {@code future_dates}. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** What a check does with what it finds. */
  public enum Level implements Keyword {
    WARNING, ERROR, IGNORE
  }
}
