package org.acta.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.acta.diagnostics.Position;

/** A scheduled forum meeting: {@code content/meetings/YYYY-MM-DD-slug.yaml}. */
public record Meeting(
    String slug,
    Text title,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    Text location,
    MeetingKind kind,
    boolean openToPublic,
    List<Text> agenda,
    Markdown description,
    String registrationUrl,
    List<Attachment> attachments,
    Position source) {}
