package org.acta.validate;

import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problems;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.PlanStatus;

/**
 * A plan is published once it leaves co-creation (status implementation or closed): from then
 * on its milestones are cited by the public and the IRM, so each needs an id written in the
 * file. Before that, ids may be left out and a milestone's position stands in for its id.
 */
final class MilestoneIdChecks {
  private MilestoneIdChecks() {}

  /**
   * @param pastCommit the content is a past commit's (--as-of), written before ids were
   *     required: a missing id is a warning, and its position stands in, as it did then
   */
  static void check(ActionPlan plan, Problems problems, boolean pastCommit) {
    if (plan.status() == PlanStatus.CO_CREATION) {
      return;
    }
    for (Commitment c : plan.commitments()) {
      for (Milestone m : c.milestones()) {
        if (!m.idGiven() && pastCommit) {
          problems.warning(m.source(), Message.of("milestone-id-checks.this-milestone-of-has",
              c.id(), m.id()));
        } else if (!m.idGiven()) {
          problems.error(m.source(), Message.of("milestone-id-checks.this-milestone-of-has-2",
              c.id(), plan.id(), plan.status() == null ? "-" : plan.status().keyword(), m.id()));
        }
      }
    }
  }
}
