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
  /** Where the lines of reported positions are looked up, in the order they were added. */
  private final List<SourceLines> sources = new ArrayList<>(1);

  public synchronized void error(Position at, Message message) {
    items.add(new Problem(Severity.ERROR, quoted(at), message));
  }

  /** An error reported only once however many times it happens. */
  public synchronized void errorOnce(Position at, Message message) {
    Problem problem = new Problem(Severity.ERROR, quoted(at), message);
    if (!items.contains(problem)) {
      items.add(problem);
    }
  }

  public synchronized void warning(Position at, Message message) {
    items.add(new Problem(Severity.WARNING, quoted(at), message));
  }

  /**
   * Looks up the lines of positions reported without them in {@code lines} (once per source:
   * readers add themselves as they read).
   */
  public synchronized void quoteFrom(SourceLines lines) {
    for (SourceLines s : sources) {
      if (s == lines) {
        return;
      }
    }
    sources.add(lines);
  }

  private Position quoted(Position at) {
    if (at.lineText() != null) {
      return at;
    }
    for (SourceLines s : sources) {
      String text = at.line() > 0 ? s.line(at.file(), at.line()) : null;
      if (text != null) {
        return at.withLineText(text);
      }
    }
    return at.withLineText("");
  }

  public synchronized void addAll(Problems other) {
    other.all().forEach(p -> items.add(new Problem(p.severity(), quoted(p.position()),
        p.what())));
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
