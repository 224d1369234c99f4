package org.acta.tracking;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;

/**
 * A plan's burn-up: for each month of the plan, how many milestones were planned to be done
 * by its end and how many were done (counted only up to the as-of date). Cancelled milestones
 * are left out of both.
 *
 * @param total the number of milestones that count
 */
public record BurnUp(List<Point> points, int total) {

  /** One month: its first day, milestones planned by its end, and done by then (null later). */
  public record Point(LocalDate month, int planned, Integer done) {}

  public static BurnUp of(ActionPlan plan, LocalDate asOf) {
    List<Milestone> counted = new ArrayList<>();
    for (Commitment c : plan.commitments()) {
      c.milestones().stream().filter(m -> m.status() != MilestoneStatus.CANCELLED)
          .forEach(counted::add);
    }
    List<Point> points = new ArrayList<>();
    YearMonth first = YearMonth.from(plan.start());
    YearMonth last = YearMonth.from(plan.end());
    for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
      LocalDate endOfMonth = ym.atEndOfMonth();
      int planned = (int) counted.stream().filter(m -> !m.end().isAfter(endOfMonth)).count();
      Integer done = null;
      if (!ym.atDay(1).isAfter(asOf)) {
        LocalDate cutoff = endOfMonth.isAfter(asOf) ? asOf : endOfMonth;
        done = (int) counted.stream().filter(m -> m.status() == MilestoneStatus.COMPLETED
            && !Rules.completedOn(m).isAfter(cutoff)).count();
      }
      points.add(new Point(ym.atDay(1), planned, done));
    }
    return new BurnUp(points, counted.size());
  }
}
