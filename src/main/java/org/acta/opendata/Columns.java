package org.acta.opendata;

import java.util.List;

/**
 * The documented columns of the CSV downloads (the README lists their meaning). An unknown
 * value (not stated, not reported) is an empty cell, never 0.
 */
public final class Columns {
  private Columns() {}

  public static final List<String> COMMITMENTS = List.of("plan_id", "commitment_id", "ogp_id",
      "title", "short_title", "lead_institutions", "partner_institutions", "start", "end",
      "progress", "progress_reported", "progress_counted", "status",
      "completion_level", "completion_set_by_forum", "sdgs", "ogp_values", "themes",
      "milestones", "milestones_completed", "milestones_overdue", "last_updated", "url");

  public static final List<String> MILESTONES = List.of("plan_id", "commitment_id",
      "milestone", "title", "deliverable", "start", "end", "actual_start", "actual_end",
      "responsible", "status", "progress", "overdue", "evidence", "evidence_itemised",
      "latest_update", "url");

  /** One row per progress update; {@code milestone} is empty for a commitment's own. */
  public static final List<String> UPDATES = List.of("plan_id", "commitment_id", "milestone",
      "date", "period", "status", "progress", "text", "evidence_urls", "url");
}
