package org.acta.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.acta.diagnostics.Position;

/**
 * A scheduled forum meeting: {@code content/meetings/YYYY-MM-DD-slug.yaml}.
 *
 * @param endDate the last day of a multi-day event, or null for a one-day meeting
 * @param openToPublic null when the source does not state it
 */
public record Meeting(
    String slug,
    Text title,
    LocalDate date,
    LocalDate endDate,
    LocalTime start,
    LocalTime end,
    Text location,
    MeetingKind kind,
    Boolean openToPublic,
    List<Text> agenda,
    Markdown description,
    String registrationUrl,
    List<Attachment> attachments,
    Position source) {}
