package org.acta.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.acta.diagnostics.Position;

/** A scheduled forum meeting: {@code content/meetings/YYYY-MM-DD-slug.yaml}. */
public record Meeting(
    String slug,
    String title,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    String location,
    MeetingKind kind,
    boolean openToPublic,
    List<String> agenda,
    Markdown description,
    String registrationUrl,
    Position source) {}
