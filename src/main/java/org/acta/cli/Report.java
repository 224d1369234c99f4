package org.acta.cli;

import java.io.PrintWriter;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.pipeline.BuildResult;

/** Prints a build's problems and a one-line summary. */
final class Report {
  private Report() {}

  static void problems(BuildResult result, PrintWriter err, Lang lang) {
    err.print(ProblemFormatter.format(result.problems().all(), lang));
    if (!result.problems().all().isEmpty()) {
      err.println(ProblemFormatter.summary(result.problems(), lang));
    }
    err.flush();
  }
}
