package org.acta.opendata;

import java.util.List;

/** The documented columns of the CSV downloads (the README lists their meaning). */
public final class Columns {
  private Columns() {}

  public static final List<String> COMMITMENTS = List.of("plan_id", "commitment_id", "ogp_id",
      "title", "lead_institution", "partner_institutions", "start", "end", "progress", "status",
      "completion_level", "completion_set_by_forum", "sdgs", "ogp_values", "themes",
      "milestones", "milestones_completed", "milestones_overdue", "last_updated", "url");

  public static final List<String> MILESTONES = List.of("plan_id", "commitment_id",
      "milestone", "title", "deliverable", "start", "end", "actual_start", "actual_end",
      "status", "progress", "overdue", "evidence", "url");
}
