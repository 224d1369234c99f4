package org.acta.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.acta.diagnostics.Problems;
import org.acta.load.CommitmentFiles;
import org.acta.model.Commitment;
import org.acta.model.Evidence;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.Stated;

/**
 * What an edit changed in a commitment's claims, in words: the commitment's dates and
 * statements; milestones added or removed; each milestone's title, status, progress, planned
 * and actual dates, and evidence added or removed. Milestones are matched by id (which versions
 * from before ids were written take from their position, as the build does). Versions that do
 * not parse give no details.
 */
final class CommitmentDiff {
  private CommitmentDiff() {}

  /** The commitment statements compared, by their key in the file. */
  private static final Map<String, Function<Commitment, Object>> TEXTS = texts();

  static Optional<Commitment> parse(String text) {
    return CommitmentFiles.decode(Path.of("c.yaml"), text, new Problems());
  }

  private static Map<String, Function<Commitment, Object>> texts() {
    Map<String, Function<Commitment, Object>> texts = new LinkedHashMap<>();
    texts.put("title", Commitment::title);
    texts.put("problem", Commitment::problem);
    texts.put("status_quo", Commitment::statusQuo);
    texts.put("description", Commitment::description);
    texts.put("solution", Commitment::solution);
    texts.put("lead_institutions", c -> c.leadInstitutions().stream().map(r -> r.id()).toList());
    texts.put("deliverable", Commitment::deliverable);
    texts.put("ogp_values", Commitment::ogpValues);
    texts.put("partner_institutions", c -> c.partnerInstitutions().stream()
        .map(r -> r.id()).toList());
    return texts;
  }

  static List<Change.Detail> between(Commitment before, Commitment after) {
    List<Change.Detail> details = new ArrayList<>();
    String subject = after.title().value();
    if (!Objects.equals(before.start(), after.start())
        || !Objects.equals(before.end(), after.end())) {
      details.add(new Change.Detail("commitment-dates", subject,
          before.start() + " – " + before.end(), after.start() + " – " + after.end()));
    }
    List<String> edited = TEXTS.entrySet().stream()
        .filter(e -> !Objects.equals(e.getValue().apply(before), e.getValue().apply(after)))
        .map(Map.Entry::getKey).toList();
    if (!edited.isEmpty()) {
      details.add(new Change.Detail("commitment-texts", subject, "", String.join(", ", edited)));
    }
    Map<String, Milestone> old = new LinkedHashMap<>();
    before.milestones().forEach(m -> old.putIfAbsent(m.id(), m));
    List<String> written = new ArrayList<>();
    for (Milestone m : after.milestones()) {
      Milestone was = old.remove(m.id());
      if (was == null) {
        details.add(new Change.Detail("milestone-added", title(m), "", keyword(m.status())));
      } else {
        if (!was.idGiven() && m.idGiven()) {
          written.add(m.id());
        }
        milestone(was, m, details);
      }
    }
    if (!written.isEmpty()) {
      // 'acta ids add': the ids the milestones already had by position, now in the file.
      details.add(new Change.Detail("ids-written", subject, "", String.join(", ", written)));
    }
    old.values().forEach(m -> details.add(new Change.Detail("milestone-removed", title(m),
        keyword(m.status()), "")));
    return details;
  }

  private static void milestone(Milestone was, Milestone m, List<Change.Detail> details) {
    String t = title(m);
    if (!was.title().value().equals(m.title().value())) {
      details.add(new Change.Detail("title", t, title(was), t));
    }
    if (!was.status().equals(m.status())) {
      details.add(new Change.Detail("status", t, keyword(was.status()), keyword(m.status())));
    }
    if (!was.progress().equals(m.progress())) {
      details.add(new Change.Detail("progress", t, percent(was.progress()),
          percent(m.progress())));
    }
    if (!Objects.equals(was.start(), m.start()) || !Objects.equals(was.end(), m.end())) {
      details.add(new Change.Detail("dates", t, was.start() + " – " + was.end(),
          m.start() + " – " + m.end()));
    }
    if (!Objects.equals(was.actualStart(), m.actualStart())
        || !Objects.equals(was.actualEnd(), m.actualEnd())) {
      details.add(new Change.Detail("actual-dates", t, span(was), span(m)));
    }
    List<String> before = was.evidence().stream().map(CommitmentDiff::evidence).toList();
    List<String> after = m.evidence().stream().map(CommitmentDiff::evidence).toList();
    for (Evidence e : m.evidence()) {
      if (!before.contains(evidence(e))) {
        details.add(new Change.Detail("evidence-added", t, "", e.title().value()));
      }
    }
    for (Evidence e : was.evidence()) {
      if (!after.contains(evidence(e))) {
        details.add(new Change.Detail("evidence-removed", t, e.title().value(), ""));
      }
    }
  }

  private static String title(Milestone m) {
    return m.title().value();
  }

  /** An evidence item is the same one while its title and what it points to are. */
  private static String evidence(Evidence e) {
    return e.title().value() + "\n" + (e.isFile() ? e.path() : e.url());
  }

  private static String span(Milestone m) {
    return (m.actualStart() == null ? "—" : m.actualStart().toString()) + " – "
        + (m.actualEnd() == null ? "—" : m.actualEnd().toString());
  }

  /** A status keyword, or {@code not_stated}. */
  private static String keyword(Stated<MilestoneStatus> s) {
    return s.known() ? s.value().keyword() : Stated.NOT_STATED_KEYWORD;
  }

  private static String percent(Stated<Integer> p) {
    return p.known() ? p.value() + " %" : Stated.NOT_STATED_KEYWORD;
  }
}
