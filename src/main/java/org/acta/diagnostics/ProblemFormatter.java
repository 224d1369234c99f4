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
        // Columns count characters (code points); pad one space per UTF-16 unit, keeping tabs,
        // so the caret lines up under the same character, emoji included.
        String text = at.lineText();
        int points = Math.min(at.column() - 1, text.codePointCount(0, text.length()));
        String before = text.substring(0, text.offsetByCodePoints(0, points));
        StringBuilder pad = new StringBuilder();
        for (char c : before.toCharArray()) {
          pad.append(c == '\t' ? '\t' : ' ');
        }
        out.append(pad).append("^\n");
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
    return Plural.en(errors, "error", "errors") + ", "
        + Plural.en(warnings, "warning", "warnings");
  }
}
