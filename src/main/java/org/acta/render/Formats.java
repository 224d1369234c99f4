package org.acta.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Date and number formatting in the site's language, exposed to templates as {@code fmt}. */
public final class Formats {
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter monthYear;
  private final DateTimeFormatter shortMonth;

  public Formats(String language) {
    Locale locale = Locale.forLanguageTag(language);
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    this.shortMonth = DateTimeFormatter.ofPattern("MMM yyyy", locale);
  }

  /** e.g. "8 de mayo de 2018". */
  public String date(LocalDate d) {
    return d == null ? "" : longDate.format(d);
  }

  /** e.g. "mayo 2018". */
  public String month(LocalDate d) {
    return d == null ? "" : monthYear.format(d);
  }

  /** e.g. "may 2018" (abbreviated month), for chart axes. */
  public String shortMonth(LocalDate d) {
    return d == null ? "" : shortMonth.format(d);
  }

  /** ISO form for {@code <time datetime>}. */
  public String iso(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  public String time(LocalTime t) {
    return t == null ? "" : t.toString();
  }
}
