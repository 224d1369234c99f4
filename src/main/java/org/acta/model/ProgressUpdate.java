package org.acta.model;

import java.util.List;
import org.acta.diagnostics.Position;

/**
 * A dated progress report on a milestone or a commitment, as trackers publish them each
 * reporting period. Every part but the date is optional.
 *
 * @param period the reporting period as the source names it ("2023 H1"), or null
 * @param text the report in Markdown, or null
 * @param evidenceListed whether the update has an {@code evidence} list (even an empty one)
 */
public record ProgressUpdate(
    PartialDate date,
    String period,
    Stated<MilestoneStatus> status,
    Stated<Integer> progress,
    Markdown text,
    List<Evidence> evidence,
    boolean evidenceListed,
    Position source) {}
