package org.acta.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acta.model.ActionPlan;
import org.acta.pages.PageData.AsOfCommitment;
import org.acta.pages.PageData.AsOfLink;
import org.acta.pages.PageData.CommitmentAsOfPage;
import org.acta.pages.PageData.PlanAsOfPage;
import org.acta.paths.SitePaths;
import org.acta.site.PastContent;
import org.acta.site.Site;
import org.acta.tracking.CommitmentSummary;
import org.acta.tracking.PlanDashboard;

/**
 * A plan's frozen snapshots: on each reporting date that has passed (see
 * {@link ActionPlan#reportingDates}), its dashboard and commitments as the last commit on or
 * before that date held them, computed as of that date. A date git has no commit for, or
 * whose commit did not hold the plan yet, has none: a snapshot is never made from later
 * content.
 */
final class PlanSnapshots {
  private PlanSnapshots() {}

  /** One snapshot: the date, the content it is read from, and the plan in it. */
  private record Snapshot(LocalDate date, PastContent content, ActionPlan plan) {}

  static List<AsOfLink> links(Site site, ActionPlan plan) {
    return of(site, plan).stream()
        .map(s -> new AsOfLink(s.date(), SitePaths.planAsOf(plan.id(), s.date()))).toList();
  }

  static List<Page> pages(Site site, ActionPlan current) {
    List<Page> pages = new ArrayList<>();
    for (Snapshot s : of(site, current)) {
      ActionPlan plan = s.plan();
      PlanDashboard dashboard = PlanDashboard.of(plan, s.date(), site.config().quality());
      String path = SitePaths.planAsOf(plan.id(), s.date());
      List<AsOfCommitment> commitments = new ArrayList<>();
      for (CommitmentSummary summary : dashboard.commitments()) {
        String commitmentPath = SitePaths.commitmentAsOf(plan.id(), s.date(),
            summary.commitment().id());
        commitments.add(new AsOfCommitment(summary, commitmentPath));
        pages.add(new Page(commitmentPath, "commitment-as-of.ftlh", new CommitmentAsOfPage(
            plan, summary.commitment(), summary, s.content(), s.date(), path),
            current.source()));
      }
      pages.add(new Page(path, "plan-as-of.ftlh", new PlanAsOfPage(current, plan, dashboard,
          s.content(), s.date(), commitments), current.source()));
    }
    return pages;
  }

  private static List<Snapshot> of(Site site, ActionPlan plan) {
    List<Snapshot> snapshots = new ArrayList<>();
    for (LocalDate date : plan.reportingDates()) {
      if (!date.isBefore(site.asOf())) {
        continue; // not yet passed: the current dashboard is the plan's state
      }
      Optional<PastContent> content = site.contentOn(date);
      content.flatMap(c -> c.plan(plan.id()))
          .ifPresent(p -> snapshots.add(new Snapshot(date, content.get(), p)));
    }
    return snapshots;
  }
}
