package org.acta.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a build so the user sees all of them at once, not just the first.
 * Thread-safe, because pages may be checked in parallel.
 */
public final class Problems {
  private final List<Problem> items = new ArrayList<>();

  public synchronized void error(Position at, Message message) {
    items.add(new Problem(Severity.ERROR, at, message));
  }

  public synchronized void warning(Position at, Message message) {
    items.add(new Problem(Severity.WARNING, at, message));
  }

  public synchronized void addAll(Problems other) {
    items.addAll(other.all());
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Problem::isError);
  }

  public synchronized long errorCount() {
    return items.stream().filter(Problem::isError).count();
  }

  public synchronized long warningCount() {
    return items.size() - errorCount();
  }

  /** In a stable order: by file, line, column, then message. */
  public synchronized List<Problem> all() {
    List<Problem> sorted = new ArrayList<>(items);
    sorted.sort(
        Comparator.comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(p -> p.message()));
    return sorted;
  }
}
