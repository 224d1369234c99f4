package org.acta.diagnostics;

import java.util.List;

/** Human-readable report: one line per problem, then the offending line with a caret. */
public final class ProblemFormatter {
  private ProblemFormatter() {}

  public static String format(Problem p) {
    StringBuilder out = new StringBuilder();
    out.append(p.position()).append(": ").append(p.severity().label()).append(": ");
    out.append(p.message()).append('\n');
    Position at = p.position();
    if (at.line() > 0 && !at.lineText().isBlank()) {
      String number = Integer.toString(at.line());
      out.append("  ").append(number).append(" | ").append(at.lineText()).append('\n');
      if (at.column() > 0) {
        out.append("  ").append(" ".repeat(number.length())).append(" | ");
        // Keep tabs so the caret lines up under the same character.
        String before = at.lineText().substring(0, Math.min(at.column() - 1, at.lineText().length()));
        out.append(before.replaceAll("[^\t]", " ")).append("^\n");
      }
    }
    return out.toString();
  }

  public static String format(List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    problems.forEach(p -> out.append(format(p)));
    return out.toString();
  }

  public static String summary(Problems problems) {
    long errors = problems.errorCount();
    long warnings = problems.warningCount();
    return errors + (errors == 1 ? " error" : " errors") + ", " + warnings
        + (warnings == 1 ? " warning" : " warnings");
  }
}
