package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/** An OGP national action plan: {@code content/plans/<id>/plan.yaml} and its commitments. */
public record ActionPlan(
    String id,
    int number,
    Text title,
    LocalDate start,
    LocalDate end,
    PlanStatus status,
    Markdown description,
    List<KeyDate> keyDates,
    List<Commitment> commitments,
    List<ConsultationInput> consultation,
    Position source) {

  public String path() {
    return SitePaths.plan(id);
  }
}
