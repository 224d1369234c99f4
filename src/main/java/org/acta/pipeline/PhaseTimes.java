package org.acta.pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Wall time of each build phase, in order, for {@code acta build --timings} and the benchmark:
 * the first thing to look at when a build gets slow. One instance per build; phases may be
 * recorded from worker threads.
 */
public final class PhaseTimes {
  /** One phase: its name and wall time in milliseconds. */
  public record Phase(String name, long millis) {}

  private final List<Phase> phases = Collections.synchronizedList(new ArrayList<>());
  private long mark = System.nanoTime();

  /** Ends the current phase (started at the previous call, or at construction). */
  public synchronized void end(String name) {
    long now = System.nanoTime();
    phases.add(new Phase(name, (now - mark) / 1_000_000));
    mark = now;
  }

  public List<Phase> phases() {
    synchronized (phases) {
      return List.copyOf(phases);
    }
  }

  /** Prints phases one per line, as {@code --timings} shows them (bench scripts read this). */
  public static void print(List<Phase> phases, PrintWriter out) {
    phases.forEach(p -> out.printf("%8d ms  %s%n", p.millis(), p.name()));
    out.flush();
  }
}
