package org.acta.testing;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.CompletionLevel;
import org.acta.model.Evidence;
import org.acta.model.Markdown;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.PartialDate;
import org.acta.model.PlanStatus;
import org.acta.model.ProgressUpdate;
import org.acta.model.Ref;
import org.acta.model.Stated;
import org.acta.model.Text;

/** Model records for unit tests of the computations, built without files. */
public final class Models {
  public static final Position AT = Position.ofFile("x");

  private Models() {}

  /** A stated date written as in a file: "2024", "2022-12" or "2022-12-15"; null: omitted. */
  public static Stated<PartialDate> date(String written) {
    if (written == null) {
      return Stated.omitted();
    }
    String[] p = written.split("-");
    return Stated.of(new PartialDate(Integer.parseInt(p[0]),
        p.length > 1 ? Integer.parseInt(p[1]) : 0, p.length > 2 ? Integer.parseInt(p[2]) : 0));
  }

  /** A milestone as most tests need it; status or progress null: not stated. */
  public static Milestone milestone(String title, MilestoneStatus status, Integer progress,
      String start, String end, String actualEnd, List<Evidence> evidence, boolean listed,
      ProgressUpdate... updates) {
    return new Milestone("1", true, new Text(title), Stated.of(new Text("d")), date(start),
        date(end), null, actualEnd == null ? null : LocalDate.parse(actualEnd),
        Stated.of(status), Stated.of(progress), null, evidence, listed, List.of(updates), AT);
  }

  public static ProgressUpdate update(String date, MilestoneStatus status, Integer progress,
      Evidence... evidence) {
    return new ProgressUpdate(date(date).value(), null, Stated.of(status), Stated.of(progress),
        null, List.of(evidence), evidence.length > 0, AT);
  }

  public static Commitment commitment(String id, CompletionLevel override,
      List<ProgressUpdate> updates, Milestone... milestones) {
    return new Commitment(id, "p", null, new Text("Compromiso " + id), null,
        List.of(new Ref("inst", AT)), List.of(), date("2019-01-01"), date("2020-12-31"),
        Stated.of(new Markdown("p")), null, Stated.of(new Markdown("d")),
        Stated.of(new Markdown("s")), Stated.omitted(), Stated.of(List.of()), List.of(),
        List.of(), List.of(), List.of(milestones), updates, override, null, AT);
  }

  public static ActionPlan plan(String start, String end, Commitment... commitments) {
    return new ActionPlan("p", 1, new Text("Plan"), date(start).value(), date(end).value(),
        PlanStatus.IMPLEMENTATION, null, List.of(), List.of(commitments), List.of(), List.of(), AT);
  }
}
