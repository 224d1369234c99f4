package org.acta.load;

import java.time.LocalDate;

final class Dates {
  private Dates() {}

  /** Reports an 'end' before 'start' at the 'end' value. */
  static void checkOrder(Fields f, LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      f.error("end", "'end' (" + end + ") is before 'start' (" + start + "); an end date must "
          + "not come before the start.");
    }
  }
}
