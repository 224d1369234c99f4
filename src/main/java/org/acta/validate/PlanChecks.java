package org.acta.validate;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problems;
import org.acta.history.ContentHistory;
import org.acta.history.FileHistory;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Plausibility;
import org.acta.model.PlanStatus;
import org.acta.model.SiteConfig;
import org.acta.site.Site;
import org.acta.tracking.PlanQuality;

/**
 * Warnings about the quality of the plans still open (co-creation or implementation): size
 * against the forum's range, thin problem or solution statements, and commitments not updated
 * for longer than OGP's minimum (twice a year). Closed plans are an archive: no warnings.
 */
public final class PlanChecks {
  private final Problems problems;
  private final boolean pastCommit;

  public PlanChecks(Problems problems) {
    this(problems, false);
  }

  /**
   * @param pastCommit the content is a past commit's (--as-of): rules added since its time,
   *     such as milestone ids, warn instead of failing, so the past can still be rebuilt
   */
  public PlanChecks(Problems problems, boolean pastCommit) {
    this.problems = problems;
    this.pastCommit = pastCommit;
  }

  /** @param incomplete whether a commitment file of a plan (by id) failed to load */
  public void check(Site site, Predicate<String> incomplete) {
    SiteConfig.Quality q = site.config().quality();
    for (ActionPlan plan : site.plans()) {
      MilestoneIdChecks.check(plan, problems, pastCommit);
      if (plan.status() == PlanStatus.CLOSED) {
        continue;
      }
      PlanQuality quality = PlanQuality.of(plan, q);
      if (!quality.sizeInRange() && !incomplete.test(plan.id())) {
        problems.warning(plan.source(), Message.of("plan-checks.plan-has-commitments-the",
            plan.id(), Message.of(quality.commitments() == 1 ? "count.commitment.one"
                : "count.commitment.other", quality.commitments()), q.minCommitments(),
            q.maxCommitments()));
      }
      plan.commitments().forEach(c -> ShouldState.check(c, q.shouldState(), problems));
      for (Commitment c : quality.weakStatements()) {
        problems.warning(c.source(), Message.of("plan-checks.the-problem-or-solution", c.id(),
            q.minStatementLength()));
      }
      if (plan.status() == PlanStatus.IMPLEMENTATION
          && site.history().coverage() != ContentHistory.Coverage.NONE) {
        stale(site, plan, q);
      }
    }
  }

  private void stale(Site site, ActionPlan plan, SiteConfig.Quality q) {
    LocalDate limit = site.asOf().minusMonths(q.staleAfterMonths());
    for (Commitment c : plan.commitments()) {
      FileHistory h = site.history().of(c.source().file());
      if (h.lastUpdated() != null && h.lastUpdated().isBefore(limit)) {
        PlausibilityChecks.report(problems, site, Plausibility.Check.STALE_COMMITMENTS,
            c.source(), Message.of("plan-checks.commitment-was-last-updated", c.id(),
                h.lastUpdated(), q.staleAfterMonths(), site.asOf()));
      }
    }
  }
}
