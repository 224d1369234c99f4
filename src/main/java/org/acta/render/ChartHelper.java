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

  public Svg timeline(Commitment c) {
    List<Charts.Span> spans = new ArrayList<>();
    LocalDate from = c.start();
    LocalDate to = c.end();
    for (Milestone m : c.milestones()) {
      LocalDate actualStart = m.actualStart();
      if (actualStart == null && m.status() != MilestoneStatus.NOT_STARTED) {
        actualStart = m.start(); // started, start not recorded: assume as planned
      }
      LocalDate actualEnd = m.actualEnd();
      if (actualEnd == null && m.status() == MilestoneStatus.COMPLETED) {
        actualEnd = Rules.completedOn(m);
      }
      spans.add(new Charts.Span(m.title().value(), m.start(), m.end(), actualStart, actualEnd,
          "span-" + m.status().keyword()));
      from = min(from, m.start(), actualStart);
      to = max(to, m.end(), actualEnd);
    }
    return Charts.timeline("chart-timeline", t.get("commitment.timeline"),
        t.get("commitment.timelineDesc"), spans, from, to, asOf, fmt::shortMonth);
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
