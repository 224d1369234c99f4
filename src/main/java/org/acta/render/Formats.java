package org.acta.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.acta.model.PartialDate;

/** Date and number formatting in the site's language, exposed to templates as {@code fmt}. */
public final class Formats {
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter monthYear;
  private final DateTimeFormatter shortMonth;
  private final DateTimeFormatter statedMonth;

  public Formats(String language) {
    Locale locale = Locale.forLanguageTag(language);
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    this.shortMonth = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    // A month as a plan states it: "December 2022", "diciembre de 2022".
    this.statedMonth = DateTimeFormatter.ofPattern(
        locale.getLanguage().equals("es") || locale.getLanguage().equals("pt")
            ? "LLLL 'de' yyyy" : "LLLL yyyy", locale);
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

  /** A date at the precision it is stated: "8 May 2018", "December 2022" or "2024". */
  public String date(PartialDate d) {
    if (d == null) {
      return "";
    }
    return switch (d.precision()) {
      case YEAR -> Integer.toString(d.year());
      case MONTH -> statedMonth.format(d.first());
      case DAY -> longDate.format(d.first());
    };
  }

  /** As {@link #month(LocalDate)} for a day; a month or a year as stated. */
  public String month(PartialDate d) {
    if (d == null) {
      return "";
    }
    return switch (d.precision()) {
      case YEAR -> Integer.toString(d.year());
      case MONTH -> statedMonth.format(d.first());
      case DAY -> monthYear.format(d.first());
    };
  }

  /** As written (YYYY, YYYY-MM or YYYY-MM-DD), all valid in {@code <time datetime>}. */
  public String iso(PartialDate d) {
    return d == null ? "" : d.iso();
  }

  public String time(LocalTime t) {
    return t == null ? "" : t.toString();
  }
}
