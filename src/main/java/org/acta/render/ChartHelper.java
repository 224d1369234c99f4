package org.acta.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acta.charts.Bar;
import org.acta.charts.Charts;
import org.acta.html.Svg;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.tracking.BurnUp;
import org.acta.tracking.CommitmentStatus;
import org.acta.tracking.PlanDashboard;
import org.acta.tracking.Rules;

/**
 * Charts as templates ask for them ({@code ${charts.burnUp(plan)}}), with titles in the site's
 * language. Every chart's numbers are also printed as a table on the same page.
 */
public final class ChartHelper {
  private final Map<String, String> t;
  private final Formats fmt;
  private final LocalDate asOf;

  public ChartHelper(Map<String, String> messages, Formats fmt, LocalDate asOf) {
    this.t = messages;
    this.fmt = fmt;
    this.asOf = asOf;
  }

  public Svg commitmentStatus(PlanDashboard d) {
    List<Bar> bars = new ArrayList<>();
    for (CommitmentStatus s : CommitmentStatus.values()) {
      if (s == CommitmentStatus.NOT_REPORTED && d.commitmentsByStatus().get(s) == 0) {
        continue; // shown only when some commitment reports no status
      }
      bars.add(new Bar(t.get("commitment-status." + s.keyword()), d.commitmentsByStatus().get(s),
          "bar-" + s.keyword()));
    }
    return Charts.bars("chart-commitment-status", t.get("dashboard.byCommitmentStatus"),
        t.get("dashboard.byCommitmentStatusDesc"), bars, 0);
  }

  public Svg milestoneStatus(PlanDashboard d) {
    List<Bar> bars = new ArrayList<>();
    for (MilestoneStatus s : MilestoneStatus.values()) {
      bars.add(new Bar(t.get("milestone-status." + s.keyword()), d.milestonesByStatus().get(s),
          "bar-" + s.keyword()));
    }
    if (d.milestonesWithoutStatus() > 0) {
      bars.add(new Bar(t.get("milestone.statusNotReported"), d.milestonesWithoutStatus(),
          "bar-not-reported"));
    }
    return Charts.bars("chart-milestone-status", t.get("dashboard.byMilestoneStatus"),
        t.get("dashboard.byMilestoneStatusDesc"), bars, 0);
  }

  public BurnUp burnUpData(ActionPlan plan) {
    return BurnUp.of(plan, asOf);
  }

  public Svg burnUp(ActionPlan plan) {
    return Charts.burnUp("chart-burn-up", t.get("dashboard.burnUp"),
        t.get("dashboard.burnUpDesc"), burnUpData(plan), fmt::shortMonth,
        t.get("dashboard.planned"), t.get("dashboard.done"));
  }

  /**
   * The commitment's milestones on a time line. Milestones without both a stated start and end
   * cannot be placed and are left out ({@link #undatedMilestones} says how many); partial dates
   * span their whole period. Null when nothing can be placed.
   */
  public Svg timeline(Commitment c) {
    List<Charts.Span> spans = new ArrayList<>();
    LocalDate from = c.start().known() ? c.start().value().first() : null;
    LocalDate to = c.end().known() ? c.end().value().last() : null;
    for (Milestone m : c.milestones()) {
      if (!m.start().known() || !m.end().known()) {
        continue;
      }
      LocalDate start = m.start().value().first();
      LocalDate end = m.end().value().last();
      LocalDate actualStart = m.actualStart();
      if (actualStart == null && m.status().known() && !m.is(MilestoneStatus.NOT_STARTED)) {
        actualStart = start; // started, start not recorded: assume as planned
      }
      LocalDate actualEnd = m.actualEnd();
      if (actualEnd == null && m.is(MilestoneStatus.COMPLETED)) {
        actualEnd = Rules.completedOn(m).orElse(null);
      }
      String status = m.status().known() ? m.status().value().keyword() : "not-reported";
      spans.add(new Charts.Span(m.title().value(), start, end, actualStart, actualEnd,
          "span-" + status));
      from = min(from == null ? start : from, start, actualStart);
      to = max(to == null ? end : to, end, actualEnd);
    }
    if (spans.isEmpty()) {
      return null;
    }
    return Charts.timeline("chart-timeline", t.get("commitment.timeline"),
        t.get("commitment.timelineDesc"), spans, from, to, asOf, fmt::shortMonth);
  }

  /** How many of the commitment's milestones the time line leaves out for want of dates. */
  public int undatedMilestones(Commitment c) {
    return (int) c.milestones().stream().filter(m -> !m.start().known() || !m.end().known())
        .count();
  }
  private static LocalDate min(LocalDate a, LocalDate b, LocalDate c) {
    LocalDate m = b.isBefore(a) ? b : a;
    return c != null && c.isBefore(m) ? c : m;
  }

  private static LocalDate max(LocalDate a, LocalDate b, LocalDate c) {
    LocalDate m = b.isAfter(a) ? b : a;
    return c != null && c.isAfter(m) ? c : m;
  }
}
