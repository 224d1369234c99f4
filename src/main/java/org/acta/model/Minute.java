package org.acta.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/**
 * The record of one forum meeting: {@code content/minutes/YYYY/YYYY-MM-DD-slug.md}.
 *
 * @param endDate the last day of a multi-day event, or null for a one-day meeting
 * @param openToPublic null when the source does not state it
 */
public record Minute(
    String slug,
    Text title,
    LocalDate date,
    LocalDate endDate,
    LocalTime start,
    LocalTime end,
    Text location,
    MeetingKind kind,
    Boolean openToPublic,
    Attendees attendees,
    List<Text> agenda,
    List<Agreement> agreements,
    List<FollowUp> followUps,
    Markdown body,
    List<Attachment> attachments,
    Position source) {

  public boolean hasBody() {
    return !body.isBlank();
  }

  public int year() {
    return date.getYear();
  }

  /** Site path of the minute's page, without a leading slash. */
  public String path() {
    return SitePaths.minute(year(), slug);
  }
}
