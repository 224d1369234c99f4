package org.acta.tracking;

import java.util.List;
import java.util.TreeSet;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Markdown;
import org.acta.model.Stated;
import org.acta.model.SdgLink;
import org.acta.model.SiteConfig;

/**
 * The plan-quality panel: size against the forum's range, SDG coverage, joint leadership, and
 * commitments whose problem or solution statement is too thin to assess.
 */
public record PlanQuality(
    int commitments,
    int minCommitments,
    int maxCommitments,
    List<Integer> sdgsCovered,
    int jointlyLed,
    List<Commitment> weakStatements,
    int minStatementLength) {

  public static PlanQuality of(ActionPlan plan, SiteConfig.Quality q) {
    TreeSet<Integer> sdgs = new TreeSet<>();
    plan.commitments().forEach(c -> c.sdgs().stream().map(SdgLink::goal).forEach(sdgs::add));
    int joint = (int) plan.commitments().stream()
        .filter(c -> !c.partnerInstitutions().isEmpty() || c.leadInstitutions().size() > 1)
        .count();
    List<Commitment> weak = plan.commitments().stream()
        .filter(c -> short_(c.problem(), q.minStatementLength())
            || short_(c.solution(), q.minStatementLength()))
        .toList();
    return new PlanQuality(plan.commitments().size(), q.minCommitments(), q.maxCommitments(),
        List.copyOf(sdgs), joint, weak, q.minStatementLength());
  }

  /**
   * A statement left out counts as weak, as a short one does; one the file marks
   * {@code not_stated} does not (the source does not make it, and saying so is right).
   */
  private static boolean short_(Stated<Markdown> m, int min) {
    if (m.declaredNotStated()) {
      return false;
    }
    return !m.known() || m.value().source().strip().length() < min;
  }

  public boolean sizeInRange() {
    return commitments >= minCommitments && commitments <= maxCommitments;
  }

  /** Percentage of commitments with at least one partner institution beside the lead. */
  public int jointlyLedPercent() {
    return commitments == 0 ? 0 : (int) Math.round(100.0 * jointlyLed / commitments);
  }
}
