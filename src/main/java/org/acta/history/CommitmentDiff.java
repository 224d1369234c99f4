package org.acta.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.acta.diagnostics.Problems;
import org.acta.load.CommitmentFiles;
import org.acta.model.Commitment;
import org.acta.model.Evidence;
import org.acta.model.Milestone;

/**
 * What an edit changed in a commitment's claims: milestone status and progress, dates, and
 * evidence added. Milestones are matched by title. Versions that do not parse give no details.
 */
final class CommitmentDiff {
  private CommitmentDiff() {}

  static Optional<Commitment> parse(String text) {
    return CommitmentFiles.decode(Path.of("c.yaml"), text, new Problems());
  }

  static List<Change.Detail> between(Commitment before, Commitment after) {
    List<Change.Detail> details = new ArrayList<>();
    if (!Objects.equals(before.start(), after.start())
        || !Objects.equals(before.end(), after.end())) {
      details.add(new Change.Detail("commitment-dates", after.title().value(),
          before.start() + " – " + before.end(), after.start() + " – " + after.end()));
    }
    Map<String, Milestone> old = new LinkedHashMap<>();
    before.milestones().forEach(m -> old.putIfAbsent(m.title().value(), m));
    for (Milestone m : after.milestones()) {
      Milestone was = old.remove(m.title().value());
      if (was == null) {
        details.add(new Change.Detail("milestone-added", m.title().value(), "", m.status().keyword()));
        continue;
      }
      if (was.status() != m.status()) {
        details.add(new Change.Detail("status", m.title().value(), was.status().keyword(),
            m.status().keyword()));
      }
      if (was.progress() != m.progress()) {
        details.add(new Change.Detail("progress", m.title().value(), was.progress() + " %",
            m.progress() + " %"));
      }
      if (!Objects.equals(was.start(), m.start()) || !Objects.equals(was.end(), m.end())) {
        details.add(new Change.Detail("dates", m.title().value(), was.start() + " – " + was.end(),
            m.start() + " – " + m.end()));
      }
      List<String> titles = was.evidence().stream().map(e -> e.title().value()).toList();
      for (Evidence e : m.evidence()) {
        if (!titles.contains(e.title().value())) {
          details.add(new Change.Detail("evidence-added", m.title().value(), "", e.title().value()));
        }
      }
    }
    old.values().forEach(m -> details.add(new Change.Detail("milestone-removed", m.title().value(),
        m.status().keyword(), "")));
    return details;
  }
}
