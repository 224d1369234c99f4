package org.acta.history;

import java.time.LocalDate;
import java.util.List;

/** The changes to one content file, newest first. */
public record FileHistory(List<Change> changes) {

  public LocalDate lastUpdated() {
    return changes.isEmpty() ? null : changes.get(0).date();
  }

  public LocalDate firstCommitted() {
    return changes.isEmpty() ? null : changes.get(changes.size() - 1).date();
  }
}
