package org.acta.load;

import java.time.LocalDate;
import org.acta.diagnostics.Message;

final class Dates {
  private Dates() {}

  /** Reports an 'end' that is not after 'start' (plans and commitments last more than a day). */
  static void checkStrictOrder(Fields f, LocalDate start, LocalDate end) {
    if (start != null && end != null && !end.isAfter(start)) {
      f.error("end", Message.of("dates.end-must-be-after", end, start));
    }
  }

  /** Reports an 'end' before 'start' at the 'end' value. */
  static void checkOrder(Fields f, LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      f.error("end", Message.of("dates.end-is-before-start", end, start));
    }
  }
}
