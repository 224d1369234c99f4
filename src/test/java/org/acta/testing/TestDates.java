package org.acta.testing;

import java.time.LocalDate;

/**
 * The one "today" of the tests: every build and check that needs a current date uses it, so no
 * result depends on the clock. Dates that a test is about (a deadline, a session) stay in it.
 */
public final class TestDates {
  /** Mid-way through the fixture plans: some milestones done, one overdue, some to come. */
  public static final LocalDate TODAY = LocalDate.of(2020, 1, 15);

  private TestDates() {}
}
