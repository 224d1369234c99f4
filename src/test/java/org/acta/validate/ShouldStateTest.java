package org.acta.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acta.diagnostics.Problem;
import org.acta.diagnostics.Problems;
import org.acta.diagnostics.Severity;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.Stated;
import org.acta.testing.Models;
import org.junit.jupiter.api.Test;

/** quality.should_state: warnings about what a plan leaves out, never errors, never values. */
class ShouldStateTest {
  @Test
  void omittedFieldsWarnAndNotStatedOnesDoNot() {
    Milestone noEnd = Models.milestone("m", MilestoneStatus.IN_PROGRESS, null, null, null, null,
        List.of(), false);
    Commitment base = Models.commitment("gasto", null, List.of(), noEnd);
    Commitment c = new Commitment(base.id(), base.planId(), null, base.title(), null, List.of(),
        List.of(), Stated.notStated(), Stated.omitted(), base.problem(), null,
        base.description(), base.solution(), Stated.omitted(), base.ogpValues(), List.of(),
        List.of(), List.of(), base.milestones(), List.of(), null, null, Models.AT);
    Problems problems = new Problems();

    ShouldState.check(c, List.of("lead_institution", "start", "end", "milestone.end",
        "milestone.progress"), problems);

    assertThat(problems.all()).extracting(Problem::severity).containsOnly(Severity.WARNING);
    assertThat(problems.all()).extracting(Problem::message).containsExactlyInAnyOrder(
        "commitment 'gasto' does not state 'lead_institution'; write it as the plan states it, "
            + "or 'not_stated' if the plan does not state it (quality.should_state in "
            + "site.yaml).",
        "commitment 'gasto' does not state 'end'; write it as the plan states it, or "
            + "'not_stated' if the plan does not state it (quality.should_state in site.yaml).",
        "milestone '1' of 'gasto' does not state 'end'; write it as the plan states it, or "
            + "'not_stated' if the plan does not state it (quality.should_state in site.yaml).",
        "milestone '1' of 'gasto' does not state 'progress'; write it as the plan states it, or "
            + "'not_stated' if the plan does not state it (quality.should_state in site.yaml).");
  }
}
