package org.acta.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.acta.history.ContentHistory;
import org.acta.history.EvidenceFile;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Institution;
import org.acta.model.Meeting;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.model.PlanStatus;
import org.acta.model.SiteConfig;

/**
 * Everything loaded from one content folder, with its git history and evidence fingerprints,
 * sorted for a stable output: minutes by date, plans newest first, commitments and
 * institutions by id.
 *
 * @param past the content as it stood on the past days that frozen editions need, by day
 */
public record Site(
    SiteConfig config,
    List<Institution> institutions,
    List<Minute> minutes,
    List<Meeting> meetings,
    List<Newsletter> newsletters,
    List<ActionPlan> plans,
    LocalDate asOf,
    ContentHistory history,
    Map<String, EvidenceFile> evidenceFiles,
    Map<LocalDate, PastContent> past) {

  /** A site with no past content read (no git history, or none needed). */
  public Site(SiteConfig config, List<Institution> institutions, List<Minute> minutes,
      List<Meeting> meetings, List<Newsletter> newsletters, List<ActionPlan> plans,
      LocalDate asOf, ContentHistory history, Map<String, EvidenceFile> evidenceFiles) {
    this(config, institutions, minutes, meetings, newsletters, plans, asOf, history,
        evidenceFiles, Map.of());
  }

  /**
   * The content as it stood on {@code day}: the build's own content from the as-of date on;
   * before it, the last commit on or before that day, if git has one (the pipeline reads each
   * day {@link #frozenDays} names).
   */
  public Optional<PastContent> contentOn(LocalDate day) {
    if (!day.isBefore(asOf)) {
      return Optional.of(new PastContent(day, null, asOf, plans, minutes, meetings));
    }
    return Optional.ofNullable(past.get(day));
  }

  public Map<String, Institution> institutionsById() {
    return institutions.stream().collect(Collectors.toMap(
        Institution::id, i -> i, (a, b) -> a, TreeMap::new));
  }

  public Map<String, Commitment> commitmentsById() {
    return commitments().stream().collect(Collectors.toMap(
        Commitment::id, c -> c, (a, b) -> a, TreeMap::new));
  }

  public List<Commitment> commitments() {
    return plans.stream().flatMap(p -> p.commitments().stream()).toList();
  }

  /**
   * The plan being implemented; else, of plans that state no status, the one whose period
   * holds the build's day; else the newest one.
   */
  public Optional<ActionPlan> currentPlan() {
    return plans.stream().filter(p -> p.status() == PlanStatus.IMPLEMENTATION).findFirst()
        .or(() -> plans.stream().filter(p -> p.status() == null
            && !asOf.isBefore(p.start().first()) && !asOf.isAfter(p.end().last())).findFirst())
        .or(() -> plans.stream().findFirst());
  }
}
