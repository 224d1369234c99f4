package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/**
 * A newsletter (boletín): {@code content/newsletters/YYYY-MM-slug.md}, the editor's Markdown
 * plus sections Acta writes from the data for the period it covers.
 */
public record Newsletter(
    String slug,
    int number,
    Text title,
    LocalDate date,
    LocalDate periodStart,
    LocalDate periodEnd,
    Text summary,
    List<Ref> featuredCommitments,
    List<FeaturedOfficial> featuredOfficials,
    Markdown body,
    Position source) {

  /** An official to put in the spotlight: by name, within one commitment's officials. */
  public record FeaturedOfficial(Ref commitment, String name, Position source) {}

  public String path() {
    return SitePaths.newsletter(slug);
  }

  /** The day whose state is "the start of the period": the eve of its first day. */
  public LocalDate beforePeriod() {
    return periodStart.minusDays(1);
  }

  /** The day whose state is "the end of the period": its last day, or the date. */
  public LocalDate endOfPeriod() {
    return periodEnd.isAfter(date) ? date : periodEnd;
  }

  /** The days whose content a published issue is made from (see PastContent). */
  public List<LocalDate> frozenDays() {
    return List.of(beforePeriod(), endOfPeriod(), date);
  }
}
