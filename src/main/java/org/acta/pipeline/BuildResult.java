package org.acta.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problems;

/**
 * How a build went.
 *
 * @param asOfSource where "today" came from: the option, the git history or the clock; null
 *     when the content could not be read
 * @param times the wall time of each phase that ran
 * @param snapshot what the build loaded, for live preview; null when it failed
 */
public record BuildResult(Problems problems, int pages, int files, LocalDate asOf,
    Message asOfSource, List<PhaseTimes.Phase> times, Snapshot snapshot) {

  public boolean ok() {
    return !problems.hasErrors();
  }
}
