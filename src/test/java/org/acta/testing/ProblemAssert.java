package org.acta.testing;

import java.util.List;
import org.acta.diagnostics.Problem;
import org.acta.diagnostics.Severity;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/** Fluent checks of one {@link Problem}: severity, exact position and key words of the message. */
public final class ProblemAssert extends AbstractAssert<ProblemAssert, Problem> {

  private ProblemAssert(Problem actual) {
    super(actual, ProblemAssert.class);
  }

  public static ProblemAssert assertThatProblem(Problem actual) {
    return new ProblemAssert(actual);
  }

  /** Asserts that there is exactly one problem and returns a check of it. */
  public static ProblemAssert assertOnlyProblem(List<Problem> problems) {
    Assertions.assertThat(problems)
        .withFailMessage("expected exactly one problem but got %d:%n%s", problems.size(),
            describe(problems))
        .hasSize(1);
    return new ProblemAssert(problems.get(0));
  }

  public ProblemAssert isError() {
    isNotNull();
    if (actual.severity() != Severity.ERROR) {
      failWithMessage("expected an error but was %s", describe(actual));
    }
    return this;
  }

  public ProblemAssert isWarning() {
    isNotNull();
    if (actual.severity() != Severity.WARNING) {
      failWithMessage("expected a warning but was %s", describe(actual));
    }
    return this;
  }

  /** Exact file (as displayed), 1-based line and column (0 for "the whole file"). */
  public ProblemAssert isAt(String file, int line, int column) {
    isNotNull();
    var at = actual.position();
    if (!at.file().equals(file) || at.line() != line || at.column() != column) {
      failWithMessage("expected the problem at %s:%d:%d but was %s", file, line, column,
          describe(actual));
    }
    return this;
  }

  /** The message contains every one of these words or phrases. */
  public ProblemAssert messageContains(String... parts) {
    isNotNull();
    Assertions.assertThat(actual.message()).as("message of %s", describe(actual))
        .contains(parts);
    return this;
  }

  public ProblemAssert messageDoesNotContain(String... parts) {
    isNotNull();
    Assertions.assertThat(actual.message()).as("message of %s", describe(actual))
        .doesNotContain(parts);
    return this;
  }

  public static String describe(Problem p) {
    return p.position() + " [" + p.position().line() + ":" + p.position().column() + "] "
        + p.severity().label() + ": " + p.message();
  }

  public static String describe(List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    problems.forEach(p -> out.append("  ").append(describe(p)).append('\n'));
    return out.toString();
  }
}
