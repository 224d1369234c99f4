package org.acta.model;

import java.util.ArrayList;
import java.util.List;

/** The history of statuses, derived from progress updates. */
final class StatusHistory {
  private StatusHistory() {}

  /** @param newestFirst updates, newest first; returns the status changes oldest first */
  static List<ProgressUpdate> of(List<ProgressUpdate> newestFirst) {
    List<ProgressUpdate> changes = new ArrayList<>();
    MilestoneStatus last = null;
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      ProgressUpdate u = newestFirst.get(i);
      if (u.status().known() && u.status().value() != last) {
        changes.add(u);
        last = u.status().value();
      }
    }
    return changes;
  }
}
