package org.acta.diagnostics;

import java.util.List;

/** Human-readable report: one line per problem, then the offending line with a caret. */
public final class ProblemFormatter {
  private ProblemFormatter() {}

  public static String format(Problem p) {
    return format(p, Lang.EN);
  }

  public static String format(Problem p, Lang lang) {
    StringBuilder out = new StringBuilder();
    out.append(p.position()).append(": ").append(p.severity().label(lang)).append(": ");
    out.append(p.message(lang)).append('\n');
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
    return format(problems, Lang.EN);
  }

  public static String format(List<Problem> problems, Lang lang) {
    StringBuilder out = new StringBuilder();
    problems.forEach(p -> out.append(format(p, lang)));
    return out.toString();
  }

  public static String summary(Problems problems) {
    return summary(problems, Lang.EN);
  }

  /** "2 errors, 1 warning", in {@code lang}. */
  public static String summary(Problems problems, Lang lang) {
    long errors = problems.errorCount();
    long warnings = problems.warningCount();
    return Message.of("summary.counts",
        Message.of(errors == 1 ? "summary.error.one" : "summary.error.other", errors),
        Message.of(warnings == 1 ? "summary.warning.one" : "summary.warning.other", warnings))
        .text(lang);
  }
}
