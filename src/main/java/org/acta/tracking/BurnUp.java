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
 * are left out of both. Milestones without a stated end are left out of "planned", and
 * completed ones without any known completion date out of "done"; both are counted so the page
 * can say how many the chart could not place.
 *
 * @param total the number of milestones that count
 * @param undatedPlanned milestones left out of "planned" for want of an end date
 * @param undatedDone completed milestones left out of "done" for want of a completion date
 */
public record BurnUp(List<Point> points, int total, int undatedPlanned, int undatedDone) {

  /** One month: its first day, milestones planned by its end, and done by then (null later). */
  public record Point(LocalDate month, int planned, Integer done) {}

  public static BurnUp of(ActionPlan plan, LocalDate asOf) {
    List<Milestone> counted = new ArrayList<>();
    for (Commitment c : plan.commitments()) {
      c.milestones().stream().filter(m -> !m.is(MilestoneStatus.CANCELLED))
          .forEach(counted::add);
    }
    List<LocalDate> ends = counted.stream().filter(m -> m.end().known())
        .map(Rules::endOf).toList();
    List<LocalDate> completions = counted.stream().filter(m -> m.is(MilestoneStatus.COMPLETED))
        .flatMap(m -> Rules.completedOn(m).stream()).toList();
    long completed = counted.stream().filter(m -> m.is(MilestoneStatus.COMPLETED)).count();
    List<Point> points = new ArrayList<>();
    YearMonth first = YearMonth.from(plan.start().first());
    YearMonth last = YearMonth.from(plan.end().last());
    for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
      LocalDate endOfMonth = ym.atEndOfMonth();
      int planned = (int) ends.stream().filter(e -> !e.isAfter(endOfMonth)).count();
      Integer done = null;
      if (!ym.atDay(1).isAfter(asOf)) {
        LocalDate cutoff = endOfMonth.isAfter(asOf) ? asOf : endOfMonth;
        done = (int) completions.stream().filter(d -> !d.isAfter(cutoff)).count();
      }
      points.add(new Point(ym.atDay(1), planned, done));
    }
    return new BurnUp(points, counted.size(), counted.size() - ends.size(),
        (int) completed - completions.size());
  }
}
