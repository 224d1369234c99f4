package org.acta.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.acta.model.Milestone;

/**
 * Stable milestone ids. An id the file states is kept; a milestone without one takes its
 * position (1, 2, …) — the number anchors and the CSV used before ids existed, so citations
 * made then still point at the same milestone once {@code acta ids add} writes it down.
 */
public final class MilestoneIds {
  private MilestoneIds() {}

  /**
   * The ids of a commitment's milestones, in order: the given ones (non-null) kept, each
   * missing one its position, or the next number above the highest used if that is taken.
   */
  public static List<String> fill(List<String> given) {
    Set<String> taken = new HashSet<>();
    given.stream().filter(Objects::nonNull).forEach(taken::add);
    List<String> out = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < given.size(); i++) {
      String id = given.get(i);
      if (id == null) {
        id = String.valueOf(i + 1);
        next = Math.max(next, i + 1);
        while (!taken.add(id)) {
          id = String.valueOf(++next);
        }
      }
      out.add(id);
    }
    return out;
  }

  static List<Milestone> complete(List<Milestone> decoded) {
    List<String> ids = fill(decoded.stream().map(m -> m.idGiven() ? m.id() : null).toList());
    List<Milestone> out = new ArrayList<>();
    for (int i = 0; i < decoded.size(); i++) {
      Milestone m = decoded.get(i);
      out.add(m.idGiven() ? m : new Milestone(ids.get(i), false, m.title(), m.deliverable(),
          m.start(), m.end(), m.actualStart(), m.actualEnd(), m.statedStatus(),
          m.statedProgress(), m.responsible(), m.evidence(), m.evidenceListed(), m.updates(),
          m.source()));
    }
    return out;
  }
}
