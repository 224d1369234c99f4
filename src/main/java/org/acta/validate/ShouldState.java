package org.acta.validate;

import org.acta.diagnostics.Message;
import java.util.List;
import org.acta.diagnostics.Problems;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.Stated;

/**
 * Warnings about fields a site asks its plans to state ({@code quality.should_state} in
 * site.yaml). Only omitted fields warn: {@code not_stated} records that the source plan does not
 * state the value, and nothing is ever filled in.
 */
final class ShouldState {
  private ShouldState() {}

  static void check(Commitment c, List<String> fields, Problems problems) {
    for (String field : fields) {
      if (field.startsWith("milestone.")) {
        String key = field.substring("milestone.".length());
        for (Milestone m : c.milestones()) {
          if (omitted(m, key)) {
            problems.warning(m.source(), Message.of("should-state.milestone", m.id(), c.id(),
                key));
          }
        }
      } else if (omitted(c, field)) {
        problems.warning(c.source(), Message.of("should-state.commitment", c.id(), field));
      }
    }
  }



  private static boolean omitted(Commitment c, String field) {
    return switch (field) {
      case "lead_institution" -> c.leadInstitutions().isEmpty();
      case "start" -> omitted(c.start());
      case "end" -> omitted(c.end());
      case "problem" -> omitted(c.problem());
      case "description" -> omitted(c.description());
      case "solution" -> omitted(c.solution());
      case "deliverable" -> omitted(c.deliverable());
      case "ogp_values" -> omitted(c.ogpValues());
      case "milestones" -> c.milestones().isEmpty();
      default -> false;
    };
  }

  private static boolean omitted(Milestone m, String key) {
    return switch (key) {
      case "deliverable" -> omitted(m.deliverable());
      case "start" -> omitted(m.start());
      case "end" -> omitted(m.end());
      case "status" -> omitted(m.status());
      case "progress" -> omitted(m.progress());
      case "responsible" -> m.responsible() == null;
      default -> false;
    };
  }

  private static boolean omitted(Stated<?> s) {
    return s.kind() == Stated.Kind.OMITTED;
  }
}
