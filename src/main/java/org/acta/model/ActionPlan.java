package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/** An OGP national action plan: {@code content/plans/<id>/plan.yaml} and its commitments. */
public record ActionPlan(
    String id,
    int number,
    Text title,
    PartialDate start,
    PartialDate end,
    PlanStatus status, // null when the plan does not state one
    Markdown description,
    List<KeyDate> keyDates,
    List<Commitment> commitments,
    List<ConsultationInput> consultation,
    List<Attachment> attachments,
    Position source) {

  public String path() {
    return SitePaths.plan(id);
  }

  /**
   * The dates the IRM reviews the plan as of, oldest first: the end of its first year of
   * implementation, the end of its term, and every key date marked {@code reporting}.
   */
  public List<LocalDate> reportingDates() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    LocalDate firstYear = start.first().plusYears(1).minusDays(1);
    if (firstYear.isBefore(end.last())) {
      dates.add(firstYear);
    }
    dates.add(end.last());
    keyDates.stream().filter(KeyDate::reporting).forEach(k -> dates.add(k.date().last()));
    return List.copyOf(dates);
  }
}
