package org.acta.load;

import java.time.LocalDate;
import org.acta.diagnostics.Message;
import org.acta.model.PartialDate;
import org.acta.model.Stated;

final class Dates {
  private Dates() {}

  /** Reports an 'end' that is not after 'start' (plans and commitments last more than a day). */
  static void checkStrictOrder(Fields f, PartialDate start, PartialDate end) {
    if (start != null && end != null && !end.last().isAfter(start.first())) {
      f.error("end", Message.of("dates.end-must-be-after", end, start));
    }
  }

  static void checkStrictOrder(Fields f, Stated<PartialDate> start, Stated<PartialDate> end) {
    checkStrictOrder(f, start.orElse(null), end.orElse(null));
  }

  /** Reports an 'end' period that ends before the 'start' period begins, at the 'end' value. */
  static void checkOrder(Fields f, Stated<PartialDate> start, Stated<PartialDate> end) {
    if (start.known() && end.known() && end.value().last().isBefore(start.value().first())) {
      f.error("end", Message.of("dates.end-before-start", end, start));
    }
  }

  /** Reports an 'end' before 'start' at the 'end' value. */
  static void checkOrder(Fields f, LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      f.error("end", Message.of("dates.end-is-before-start", end, start));
    }
  }
}
