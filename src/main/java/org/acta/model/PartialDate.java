package org.acta.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date at the precision its source gives: a year ("2024"), a month ("2022-12") or a day
 * ("2022-12-15"). Plans often state only a month or a year; the missing parts are never
 * filled in, but {@link #first()} and {@link #last()} give the period the date covers, so a
 * deadline of "2022-12" is overdue only from 2023-01-01.
 *
 * @param month 1-12, or 0 when only the year is stated
 * @param day 1-31, or 0 when the day is not stated
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  public enum Precision { YEAR, MONTH, DAY }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  public Precision precision() {
    return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
  }

  /** The first day of the stated period. */
  public LocalDate first() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day of the stated period: a deadline of "2024" runs to 2024-12-31. */
  public LocalDate last() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /** As written: "2024", "2022-12" or "2022-12-15" (also valid in HTML {@code <time>}). */
  public String iso() {
    return switch (precision()) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> first().toString();
    };
  }

  /** Earlier periods first; of periods starting the same day, the shorter first. */
  @Override
  public int compareTo(PartialDate o) {
    int c = first().compareTo(o.first());
    return c != 0 ? c : last().compareTo(o.last());
  }

  @Override
  public String toString() {
    return iso();
  }
}
